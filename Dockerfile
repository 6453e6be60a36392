# The extraction service. Build context: the repository root, with wheels/
# filled on the host first (make wheels, or make container-check does it):
# the build installs dependencies from those wheels only, so it runs with
# `docker build --network none` and is reproducible offline.
ARG BASE=python:3.12-slim

# ---- build stage: a venv with the dependencies, from host-downloaded wheels
FROM ${BASE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
COPY wheels/ /wheels/
RUN python3 -m venv /opt/venv \
 && /opt/venv/bin/pip install --no-index --find-links /wheels -r /wheels/requirements.txt \
 && /opt/venv/bin/pip uninstall -y pip

# ---- final stage: the venv, the code, the seeds; no compilers, no pip, non-root
FROM ${BASE}
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOST=0.0.0.0 \
    PORT=8000 \
    SEEDS_DIR=/app/seeds \
    OPENAPI_PATH=/app/openapi.yaml
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
COPY gunicorn.conf.py openapi.yaml ./
COPY seeds/ ./seeds/
COPY service/ ./service/
RUN python3 -m compileall -q /app/service
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --start-period=15s --retries=3 \
  CMD ["python3", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=2)"]
CMD ["gunicorn", "-c", "/app/gunicorn.conf.py", "service:create_app()"]
