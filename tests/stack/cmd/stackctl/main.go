// Command stackctl runs the pieces of the SCS Console's local Central API stack: an embedded
// etcd, the real kube-apiserver (twice: the Central API and a stand-in workload cluster), the
// seed data and a simulated provisioner. tests/stack/up and down orchestrate it; see README.md.
package main

import (
	"fmt"
	"os"
)

const usage = `usage: stackctl <command> [flags]

commands:
  init         create the PKI and admin kubeconfigs in the run directory
  ports        print N free 127.0.0.1 TCP ports, keeping those of a ports file still free
  etcd         run an embedded etcd (foreground)
  apiserver    run kube-apiserver (foreground)
  node         run the workload cluster's node: virtual-kubelet, containers as local processes (foreground)
  wait         wait until an HTTPS URL answers 200
  seed         apply CRDs, RBAC, tenants and sample objects (idempotent)
  provisioner  run the simulated provisioner (foreground)
  faultproxy   HTTPS proxy in front of the stack that injects faults on request (foreground)
  soak         fill, churn or clean the ConfigMaps of the soak benchmark (bench/soak)
  scale        seed or clean 2,000 tenants, 500 CRDs and their objects (bench/startup)
`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	cmds := map[string]func([]string) error{
		"init":        cmdInit,
		"ports":       cmdPorts,
		"etcd":        cmdEtcd,
		"apiserver":   cmdAPIServer,
		"node":        cmdNode,
		"wait":        cmdWait,
		"seed":        cmdSeed,
		"provisioner": cmdProvisioner,
		"faultproxy":  cmdFaultProxy,
		"soak":        cmdSoak,
		"scale":       cmdScale,
	}
	run, ok := cmds[os.Args[1]]
	if !ok {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	if err := run(os.Args[2:]); err != nil {
		fmt.Fprintf(os.Stderr, "stackctl %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
}
