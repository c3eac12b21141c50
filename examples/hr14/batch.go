package main

import (
	"context"
	"fmt"
	"io"
)

// cmdBatch is "hr14 batch" (issue 9); not implemented yet.
func cmdBatch(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "hr14 batch: not implemented yet")
	return exitFail
}
