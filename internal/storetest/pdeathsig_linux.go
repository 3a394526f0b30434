package storetest

import (
	"os/exec"
	"syscall"
)

// setParentDeathSignal makes Linux kill the store if the test binary dies
// without running its cleanups, so that no server outlives its test.
func setParentDeathSignal(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
