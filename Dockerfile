# The README's "Production" steps and nothing else; test/server/production-build.test.ts runs the
# same steps without Docker in CI.

# npm ci, npm run build: with every dependency, once.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# npm ci --omit=dev beside the built app alone: no sources, no tooling.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=build /app/dist ./dist
RUN npm ci --omit=dev
# The embedded PostgreSQL (used without DATABASE_URL) keeps its data in PLANWERK_DATA_DIR.
RUN mkdir .data && chown node:node .data
VOLUME /app/.data
USER node
EXPOSE 4000
HEALTHCHECK CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT || 4000}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# npm run start:prod, spelled out so the server itself is PID 1 and receives SIGTERM (npm would run it under a shell).
ENV NODE_ENV=production
CMD ["node", "dist/server/main.js"]
