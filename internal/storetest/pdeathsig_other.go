//go:build !linux

package storetest

import "os/exec"

// setParentDeathSignal does nothing where the OS offers no such signal.
func setParentDeathSignal(*exec.Cmd) {}
