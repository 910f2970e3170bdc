# syntax=docker/dockerfile:1
# K-Le-PaaS backend image: multi-stage, production dependencies only, non-root, Node.js 24 LTS.
#   docker build --build-arg GIT_SHA="$(git rev-parse HEAD)" \
#                --build-arg BUILD_TIME="$(date -u +%Y-%m-%dT%H:%M:%SZ)" -t klepaas-backend .
# Debian (glibc) rather than Alpine so better-sqlite3 can use its prebuilt binary; the build stage
# still carries python3/make/g++ so node-gyp can compile it when no prebuilt binary fits.
ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: all dependencies, compile TypeScript, then drop the dev dependencies ----
FROM ${NODE_IMAGE} AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src ./src
# the build trains the NLP intent classifier once and ships its model (dist/…/classifier/model.json)
COPY scripts/train-nlp-classifier.mjs ./scripts/
# Prune rather than reinstall: the production tree keeps the native module compiled above.
RUN npm run build \
 && npm prune --omit=dev \
 && npm cache clean --force

# ---- runtime: node + production node_modules + dist, nothing else ----
FROM ${NODE_IMAGE} AS runtime
ARG GIT_SHA=""
ARG BUILD_TIME=""
LABEL org.opencontainers.image.title="klepaas-backend" \
      org.opencontainers.image.description="K-Le-PaaS backend: AI-driven PaaS on Kubernetes (NestJS)" \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.revision="${GIT_SHA}" \
      org.opencontainers.image.created="${BUILD_TIME}"
# Memory (README → MCP server → Benchmark): two glibc malloc arenas instead of eight per core (fragmented
# native memory that never goes back), and the node flags in CMD.
ENV NODE_ENV=production \
    MALLOC_ARENA_MAX=2 \
    KLEPAAS_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    KLEPAAS_DATABASE_URL=sqlite:/app/data/klepaas.db \
    KLEPAAS_GIT_SHA=${GIT_SHA} \
    KLEPAAS_BUILD_TIME=${BUILD_TIME}
WORKDIR /app
# The base image's unprivileged `node` user (uid/gid 1000) owns only the data directory;
# the code stays root-owned and read-only to the process.
RUN mkdir -p /app/data && chown 1000:1000 /app/data
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER 1000:1000
# The embedded SQLite database (default) lives here; use PostgreSQL (KLEPAAS_DATABASE_URL) for replicas.
VOLUME ["/app/data"]
EXPOSE 8080
# No curl in the slim image: Node's own fetch probes liveness.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/api/v1/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
# A 2 × 8 MiB young generation instead of V8's default for a large host (2 × 64 MiB, mostly resident for
# nothing): about 100 MiB less resident memory for a few more (short) scavenges. An old generation capped at
# 512 MiB, whatever the node's memory: with its default limit (derived from the memory it sees) V8 lets
# garbage grow to ~3× the live heap (~83 MiB under load) before a full GC; with 512 MiB it collects at ≤ 1.4×.
# 512 MiB is 6× that live heap. Keep bench/lib.mjs and `npm start` in step.
CMD ["node", "--max-semi-space-size=8", "--max-old-space-size=512", "dist/main.js"]
