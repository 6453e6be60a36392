"""Shared fixtures: the app, a test client whose every response is checked
against openapi.yaml, and that check itself for tests that talk HTTP for real."""
from __future__ import annotations

import io
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from flask.testing import FlaskClient
from openapi_core import Config, OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from openapi_schema_validator import OAS31Validator
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Request, Response

from service import create_app

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi.yaml"
SEEDS = ROOT / "seeds"


def _text(body: bytes | str) -> str:
    return body.decode("utf-8") if isinstance(body, bytes) else body


class ContractChecker:
    """Validates a (request, response) pair against openapi.yaml.

    Responses to paths or methods the spec does not list (404, 405) must
    still be problem+json bodies matching the Problem schema.
    """

    def __init__(self, spec_path: Path):
        spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        self.openapi = OpenAPI.from_dict(spec, config=Config(extra_media_type_deserializers={
            "application/problem+json": json.loads,
            "application/yaml": yaml.safe_load, "text/html": _text}))
        # Problem has no $ref, so it validates on its own
        self.problem_validator = OAS31Validator(spec["components"]["schemas"]["Problem"])
        self.checked = 0

    def __call__(self, request: Request, response: Response) -> None:
        self.checked += 1
        # response validation needs the route, not the body (which the app has read)
        environ = {**request.environ, "wsgi.input": io.BytesIO(b""), "CONTENT_LENGTH": "0"}
        request = Request(environ)
        try:
            self.openapi.validate_response(WerkzeugOpenAPIRequest(request),
                                           WerkzeugOpenAPIResponse(response))
        except Exception as err:
            cause = err
            while cause is not None and not isinstance(cause, (PathNotFound, OperationNotFound)):
                cause = cause.__cause__ or cause.__context__
            if cause is None:
                raise AssertionError(
                    f"{request.method} {request.full_path} -> {response.status}: response breaks "
                    f"openapi.yaml: {err!r}\n{response.get_data(as_text=True)[:2000]}") from err
            # Flask answers HEAD and OPTIONS for every route itself, with no body
            if request.method in ("HEAD", "OPTIONS") and response.status_code == 200:
                assert not response.get_data()
                return
            # an undocumented path or method: only a problem is acceptable
            assert response.status_code in (404, 405), (request.path, response.status)
            assert response.mimetype == "application/problem+json", response.mimetype
            self.problem_validator.validate(json.loads(response.get_data()))

    def check_raw(self, method: str, url: str, status: int, headers, body: bytes,
                  request_body: bytes | None = None, request_headers=None) -> None:
        """Check a response received over a real socket (urllib, http.client)."""
        parts = urlsplit(url)
        request = EnvironBuilder(method=method, base_url=f"{parts.scheme}://{parts.netloc}",
                                 path=parts.path, query_string=parts.query, data=request_body,
                                 headers=request_headers).get_request()
        response = Response(body, status=status, headers=list(headers.items()))
        self(request, response)


@pytest.fixture(scope="session")
def openapi_check() -> ContractChecker:
    return ContractChecker(SPEC_PATH)


@pytest.fixture
def app_config() -> dict:
    """Overrides for create_app(); a test may override this fixture."""
    return {}


@pytest.fixture
def app(app_config, openapi_check):
    app = create_app({"TESTING": True, **app_config})

    class CheckedClient(FlaskClient):
        def open(self, *args, **kwargs):
            response = super().open(*args, **kwargs)
            openapi_check(response.request, response)
            return response

    app.test_client_class = CheckedClient
    return app


@pytest.fixture(scope="session")
def seed_index() -> list[dict]:
    return json.loads((SEEDS / "index.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_bytes(seed_index) -> dict[str, bytes]:
    """Article id -> the seed file's bytes."""
    return {entry["id"]: (SEEDS / entry["file"]).read_bytes() for entry in seed_index}
