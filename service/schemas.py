"""marshmallow schemas: the request, one schema per response record type, the
corpus documents and the problem details. Field names follow the HTTP contract
(../shared/spec/API.md); openapi.yaml describes the same shapes.

Response schemas describe the plain dicts the pipeline builds. Production sends
those dicts as they are; with ``VALIDATE_RESPONSES`` (on in tests) every response
must equal its ``dump`` and pass ``validate``: required keys, types, enums and ranges.
"""
from __future__ import annotations

import datetime as dt
import re

from marshmallow import EXCLUDE, RAISE, Schema, ValidationError, fields, validate, validates

SECTIONS = ("main", "related")
MEETING_MODES = ("visit", "host", "third_party", "phone")
CAMEO_CODES = ("040", "041", "042", "043", "044", "045", "046")
PARTICIPANT_KINDS = ("person", "group", "organization")
SITE_TYPES = ("air_base", "naval_base", "military_base", "port", "airport", "headquarters", "other")
SOURCE_KINDS = ("person", "organization", "media", "document", "anonymous")
STANCES = ("assert", "deny")
PUBLISHED_FROM = ("request", "text")

# the range of publication dates accepted, so date arithmetic cannot overflow
EARLIEST, LATEST = dt.date(1800, 1, 1), dt.date(2200, 12, 31)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z", re.ASCII)
_DATE_VALUE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(value: str) -> None:
    if value is not None and _SURROGATE.search(value):
        raise ValidationError("Contains unpaired surrogate code points (not valid Unicode text).")


class IsoDate(fields.Field):
    """A calendar date written YYYY-MM-DD, loaded as ``datetime.date``."""

    default_error_messages = {
        "invalid": "Not a valid date: use YYYY-MM-DD.",
        "range": f"Date must lie between {EARLIEST.isoformat()} and {LATEST.isoformat()}.",
    }

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str) or not _ISO_DATE.match(value):
            raise self.make_error("invalid")
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            raise self.make_error("invalid") from None
        if not EARLIEST <= day <= LATEST:
            raise self.make_error("range")
        return day

    def _serialize(self, value, attr, obj, **kwargs):
        return value.isoformat() if isinstance(value, dt.date) else value


# ---------------------------------------------------------------- request

class ExtractRequestSchema(Schema):
    """POST /v1/extract (JSON body, or text/plain body + query parameters)."""

    class Meta:
        unknown = RAISE

    text = fields.String(required=True, validate=_no_surrogates)
    published = IsoDate(load_default=None, allow_none=True)
    title = fields.String(load_default=None, allow_none=True,
                          validate=[validate.Length(max=1000), _no_surrogates])
    id = fields.String(load_default=None, allow_none=True,
                       validate=[validate.Length(max=200), _no_surrogates])

    @validates("text")
    def _text_not_blank(self, value: str, **kwargs) -> None:
        if not value.strip():
            raise ValidationError("Text is empty.")


class ExtractQuerySchema(Schema):
    """POST /v1/extract query parameters (either content type). Shorter limits
    than the body's: the whole request line is limited to 8190 bytes."""

    class Meta:
        unknown = EXCLUDE

    published = IsoDate()
    title = fields.String(validate=[validate.Length(max=300), _no_surrogates])
    id = fields.String(validate=[validate.Length(max=100), _no_surrogates])


# ---------------------------------------------------------------- response records

def _nullable_str(**kw):
    return fields.String(allow_none=True, dump_default=None, **kw)


class SpanSchema(Schema):
    start = fields.Integer(required=True, strict=True, validate=validate.Range(min=0))
    end = fields.Integer(required=True, strict=True, validate=validate.Range(min=0))
    text = fields.String(required=True)


def _span(**kw):
    return fields.Nested(SpanSchema, **kw)


class ParticipantSchema(Schema):
    name = _nullable_str(required=True)
    role = _nullable_str()
    kind = fields.String(required=True, validate=validate.OneOf(PARTICIPANT_KINDS))
    country = _nullable_str()
    canonical = _nullable_str()
    span = _span(allow_none=True, dump_default=None)


class DateSchema(Schema):
    value = fields.String(required=True, validate=validate.Regexp(_DATE_VALUE))
    text = fields.String(required=True)
    span = _span(allow_none=True, dump_default=None)


class LocationSchema(Schema):
    name = fields.String(required=True)
    country = _nullable_str()
    lat = fields.Float(allow_none=True, dump_default=None, validate=validate.Range(-90, 90))
    lon = fields.Float(allow_none=True, dump_default=None, validate=validate.Range(-180, 180))
    canonical = _nullable_str()
    span = _span(allow_none=True, dump_default=None)


class MeetingSchema(Schema):
    id = fields.String(required=True)
    participants = fields.List(fields.Nested(ParticipantSchema), required=True)
    date = fields.Nested(DateSchema, required=True, allow_none=True, dump_default=None)
    location = fields.Nested(LocationSchema, required=True, allow_none=True, dump_default=None)
    topics = fields.List(fields.String(), dump_default=list)
    mode = fields.String(allow_none=True, validate=validate.OneOf(MEETING_MODES))
    cameo = fields.String(allow_none=True, validate=validate.OneOf(CAMEO_CODES))
    section = fields.String(required=True, validate=validate.OneOf(SECTIONS))
    evidence = fields.List(_span(), dump_default=list)
    confidence = fields.Float(allow_none=True, validate=validate.Range(0, 1))


class RelativeLocationSchema(Schema):
    distance_km = fields.Float(allow_none=True, dump_default=None, validate=validate.Range(min=0))
    direction = _nullable_str()
    reference = _nullable_str()


class SiteSchema(Schema):
    id = fields.String(required=True)
    name = fields.String(required=True)
    type = fields.String(required=True, validate=validate.OneOf(SITE_TYPES))
    country = _nullable_str()
    lat = fields.Float(allow_none=True, dump_default=None, validate=validate.Range(-90, 90))
    lon = fields.Float(allow_none=True, dump_default=None, validate=validate.Range(-180, 180))
    canonical = _nullable_str()
    location = _nullable_str()
    relative_location = fields.Nested(RelativeLocationSchema, allow_none=True, dump_default=None)
    forces = fields.List(fields.String(), dump_default=list)
    section = fields.String(required=True, validate=validate.OneOf(SECTIONS))
    mentions = fields.List(_span(), required=True)


class SourceSchema(Schema):
    name = _nullable_str(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(SOURCE_KINDS))
    role = _nullable_str()
    span = _span(allow_none=True, dump_default=None)


class ClaimSchema(Schema):
    id = fields.String(required=True)
    source = fields.Nested(SourceSchema, required=True)
    cue = fields.String(required=True)
    stance = fields.String(required=True, validate=validate.OneOf(STANCES))
    content = fields.String(required=True)
    quoted = fields.Boolean(dump_default=False)
    via = _nullable_str()
    section = fields.String(required=True, validate=validate.OneOf(SECTIONS))
    span = _span(required=True)
    evidence = _span(allow_none=True, dump_default=None)


class DocumentSchema(Schema):
    id = _nullable_str(required=True)
    title = fields.String(allow_none=True)
    language = fields.String(required=True)
    published = fields.String(required=True, allow_none=True, dump_default=None,
                              validate=validate.Regexp(r"^\d{4}-\d{2}-\d{2}$"))
    published_from = fields.String(required=True, allow_none=True, dump_default=None,
                                   validate=validate.OneOf(PUBLISHED_FROM))
    characters = fields.Integer(required=True, strict=True, validate=validate.Range(min=0))


class ExtractResponseSchema(Schema):
    document = fields.Nested(DocumentSchema, required=True)
    meetings = fields.List(fields.Nested(MeetingSchema), required=True)
    military_sites = fields.List(fields.Nested(SiteSchema), required=True)
    claims = fields.List(fields.Nested(ClaimSchema), required=True)
    warnings = fields.List(fields.String(), required=True)


# ---------------------------------------------------------------- corpus

class CorpusEntrySchema(Schema):
    id = fields.String(required=True)
    original_id = fields.String(required=True)
    title = fields.String(required=True)
    published = fields.String(required=True)
    outlet = fields.String(required=True)
    characters = fields.Integer(required=True, strict=True)


class CorpusListSchema(Schema):
    count = fields.Integer(required=True, strict=True)
    articles = fields.List(fields.Nested(CorpusEntrySchema), required=True)


class AliasSetSchema(Schema):
    """Any of ``aliases`` names the thing; ``entities`` are the keys they came from."""
    aliases = fields.List(fields.String(), required=True, validate=validate.Length(min=1))
    entities = fields.List(fields.String(), required=True)


class ReferenceParticipantSchema(AliasSetSchema):
    optional = fields.Boolean(required=True)


class ReferenceMeetingSchema(Schema):
    participants = fields.List(fields.Nested(ReferenceParticipantSchema), required=True)
    date = fields.String(required=True, allow_none=True, validate=validate.Regexp(_DATE_VALUE))
    location = fields.Nested(AliasSetSchema, required=True, allow_none=True)
    optional = fields.Boolean(required=True)
    note = _nullable_str()


class ReferenceSiteSchema(Schema):
    name = fields.Nested(AliasSetSchema, required=True)
    type = fields.String(required=True, validate=validate.OneOf(SITE_TYPES))
    forces = fields.List(fields.Nested(AliasSetSchema), required=True)
    optional = fields.Boolean(required=True)
    note = _nullable_str()


class ReferenceClaimSchema(Schema):
    source = fields.Nested(AliasSetSchema, required=True)
    content = fields.String(required=True)
    stance = fields.String(required=True, validate=validate.OneOf(STANCES))
    optional = fields.Boolean(required=True)
    note = _nullable_str()


class ReferenceRecordsSchema(Schema):
    meetings = fields.List(fields.Nested(ReferenceMeetingSchema), required=True)
    military_sites = fields.List(fields.Nested(ReferenceSiteSchema), required=True)
    claims = fields.List(fields.Nested(ReferenceClaimSchema), required=True)


class CorpusArticleSchema(CorpusEntrySchema):
    text = fields.String(required=True)
    reference = fields.Nested(ReferenceRecordsSchema, required=True)


# ---------------------------------------------------------------- health and errors

class HealthSchema(Schema):
    status = fields.String(required=True)
    checks = fields.Dict(keys=fields.String(), values=fields.String())


class ProblemSchema(Schema):
    """RFC 9457 problem details; ``errors`` maps each field to its messages."""
    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True, strict=True)
    detail = fields.String(required=True)
    instance = fields.String()
    errors = fields.Dict(keys=fields.String(), values=fields.Raw())
    checks = fields.Dict(keys=fields.String(), values=fields.String())
