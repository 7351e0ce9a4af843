package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"k8s.io/component-base/cli"
	"k8s.io/kubernetes/cmd/kube-apiserver/app"
)

// cmdAPIServer runs the real kube-apiserver with the flags a Central API has. With
// --wait-issuer it first waits (bounded) for Keycloak's discovery document: the OIDC
// authenticator fetches it lazily and retries only every 10 s, so starting after Keycloak saves
// that wait. If Keycloak comes later anyway, the retry still picks it up.
func cmdAPIServer(args []string) error {
	fs := flag.NewFlagSet("apiserver", flag.ExitOnError)
	runDir := fs.String("run-dir", "", "run directory (pki/ inside)")
	name := fs.String("name", "central", "instance name: central or workload")
	port := fs.Int("port", 0, "secure port on 127.0.0.1")
	etcd := fs.String("etcd", "", "etcd client URL")
	issuer := fs.String("issuer", "", "OIDC issuer URL")
	clientID := fs.String("client-id", "scs-console", "OIDC client id")
	waitIssuer := fs.Duration("wait-issuer", 0, "wait this long for the issuer's discovery document")
	_ = fs.Parse(args)
	if *runDir == "" || *port == 0 || *etcd == "" || *issuer == "" {
		return errors.New("--run-dir, --port, --etcd and --issuer are required")
	}
	p := pki{filepath.Join(*runDir, "pki")}
	clientCA := p.path("client-ca.crt")
	if *name == "workload" {
		clientCA = p.path("workload-client-ca.crt")
	}
	if *waitIssuer > 0 {
		start := time.Now()
		err := waitURL(*issuer+"/.well-known/openid-configuration", p.path("ca.crt"), *waitIssuer)
		if err != nil {
			fmt.Fprintf(os.Stderr, "apiserver %s: issuer not ready (%v); starting anyway, "+
				"the OIDC authenticator retries every 10s\n", *name, err)
		} else {
			fmt.Fprintf(os.Stderr, "apiserver %s: issuer ready after %s\n", *name, time.Since(start).Round(time.Millisecond))
		}
	}
	kargs := []string{
		"--bind-address=127.0.0.1",
		"--advertise-address=127.0.0.1",
		fmt.Sprintf("--secure-port=%d", *port),
		"--tls-cert-file=" + p.path("server.crt"),
		"--tls-private-key-file=" + p.path("server.key"),
		"--client-ca-file=" + clientCA,
		"--etcd-servers=" + *etcd,
		"--etcd-prefix=/scs-stack/" + *name,
		"--authorization-mode=RBAC",
		"--anonymous-auth=false",
		"--oidc-issuer-url=" + *issuer,
		"--oidc-client-id=" + *clientID,
		"--oidc-username-claim=preferred_username",
		"--oidc-groups-claim=groups",
		"--oidc-username-prefix=oidc:",
		"--oidc-groups-prefix=oidc:",
		"--oidc-ca-file=" + p.path("ca.crt"),
		"--service-account-key-file=" + p.path("sa.pub"),
		"--service-account-signing-key-file=" + p.path("sa.key"),
		"--service-account-issuer=https://kubernetes.default.svc.cluster.local",
		"--api-audiences=https://kubernetes.default.svc.cluster.local",
		// Allocation only: nothing is ever routed to these addresses.
		"--service-cluster-ip-range=10.96.0.0/16",
		// The endpoint reconciler refuses loopback addresses; there are no pods to reach us anyway.
		"--endpoint-reconciler-type=none",
		"--enable-priority-and-fairness=false",
		"--profiling=false",
		"--event-ttl=2h",
		"--v=1",
	}
	if *name == "workload" {
		// Logs, exec and port-forward go to the stack's node (stackctl node) at the address
		// and port its Node object names; it serves the stack's server certificate.
		kargs = append(kargs,
			"--kubelet-client-certificate="+p.path("apiserver-kubelet-client.crt"),
			"--kubelet-client-key="+p.path("apiserver-kubelet-client.key"),
			"--kubelet-certificate-authority="+p.path("ca.crt"),
			"--kubelet-preferred-address-types=InternalIP")
	}
	cmd := app.NewAPIServerCommand()
	cmd.SetArgs(kargs)
	if code := cli.Run(cmd); code != 0 {
		return fmt.Errorf("kube-apiserver exited with %d", code)
	}
	return nil
}

func waitURL(url, ca string, timeout time.Duration) error {
	client, err := httpsClient(ca, "", "")
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	for {
		resp, err := client.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}
