package main

import (
	"context"
	"io"
)

func cmdTest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return exitFail
}
