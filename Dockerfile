# The kg service: one static binary and the example communiqués.
# docker compose (docker-compose.yml) builds it and wires it to Neo4j.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/kg ./cmd/kg

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/kg /kg
COPY examples /examples
EXPOSE 8080
ENTRYPOINT ["/kg"]
# With NEO4J_URI set the service uses Neo4j; without it, the embedded store
# in the container's data directory.
CMD ["serve", "--addr", ":8080", "--load", "/examples"]
