package main

import (
	_ "embed"
	"net/http"
)

// openAPIDoc is the OpenAPI 3.1 description of the service, in the
// repository as examples/service/openapi.json. Its schemas are generated
// from the Go types of the case file and the report, and the tests check
// real requests and responses of every endpoint against it
// (go test ./examples/service -run TestOpenAPI -update rewrites it).
//
//go:embed openapi.json
var openAPIDoc []byte

// openAPI answers GET /openapi.json with the description of the service,
// from which hosts in any language generate a client.
func (s *server) openAPI(*http.Request) reply {
	h := http.Header{}
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	return reply{status: http.StatusOK, header: h, body: openAPIDoc}
}
