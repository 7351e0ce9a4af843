package main

import (
	"bufio"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

func cmdInit(args []string) error {
	fs := flag.NewFlagSet("init", flag.ExitOnError)
	runDir := fs.String("run-dir", "", "run directory")
	central := fs.String("central-url", "", "URL of the central API server")
	workload := fs.String("workload-url", "", "URL of the workload API server")
	_ = fs.Parse(args)
	if *runDir == "" || *central == "" || *workload == "" {
		return errors.New("--run-dir, --central-url and --workload-url are required")
	}
	pkiDir := filepath.Join(*runDir, "pki")
	if err := ensurePKI(pkiDir); err != nil {
		return err
	}
	p := pki{pkiDir}
	if err := writeKubeconfig(filepath.Join(*runDir, "admin.kubeconfig"), "scs-stack", *central,
		p.path("ca.crt"), "scs-stack-admin", p.path("admin.crt"), p.path("admin.key")); err != nil {
		return err
	}
	return writeKubeconfig(filepath.Join(*runDir, "workload-admin.kubeconfig"), "scs-workload", *workload,
		p.path("ca.crt"), "kubernetes-admin", p.path("workload-admin.crt"), p.path("workload-admin.key"))
}

// kubeconfigYAML renders a client-certificate kubeconfig with all data inline.
func kubeconfigYAML(cluster, server string, caPEM []byte, user string, certPEM, keyPEM []byte) []byte {
	b64 := base64.StdEncoding.EncodeToString
	return fmt.Appendf(nil, `apiVersion: v1
kind: Config
clusters:
- name: %[1]s
  cluster:
    server: %[2]s
    certificate-authority-data: %[3]s
users:
- name: %[4]s
  user:
    client-certificate-data: %[5]s
    client-key-data: %[6]s
contexts:
- name: %[4]s@%[1]s
  context:
    cluster: %[1]s
    user: %[4]s
current-context: %[4]s@%[1]s
`, cluster, server, b64(caPEM), user, b64(certPEM), b64(keyPEM))
}

func writeKubeconfig(path, cluster, server, caFile, user, certFile, keyFile string) error {
	var data [3][]byte
	for i, f := range []string{caFile, certFile, keyFile} {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		data[i] = b
	}
	return writeFileAtomic(path, kubeconfigYAML(cluster, server, data[0], user, data[1], data[2]), 0o600)
}

// cmdPorts prints NAME=PORT lines. Ports recorded in --file that are still free are kept, so
// URLs (and with them the OIDC issuer and saved console profiles) stay the same across restarts.
func cmdPorts(args []string) error {
	fs := flag.NewFlagSet("ports", flag.ExitOnError)
	file := fs.String("file", "", "ports file (NAME=PORT lines), read if present and rewritten")
	_ = fs.Parse(args)
	names := fs.Args()
	old := map[string]int{}
	if f, err := os.Open(*file); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			k, v, ok := strings.Cut(sc.Text(), "=")
			if n, err := strconv.Atoi(v); ok && err == nil {
				old[k] = n
			}
		}
		f.Close()
	}
	var held []net.Listener
	defer func() {
		for _, l := range held {
			l.Close()
		}
	}()
	var out strings.Builder
	for _, name := range names {
		var l net.Listener
		var err error
		if p, ok := old[name]; ok {
			l, err = net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
		}
		if l == nil {
			if l, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
				return err
			}
		}
		held = append(held, l)
		fmt.Fprintf(&out, "%s=%d\n", name, l.Addr().(*net.TCPAddr).Port)
	}
	if *file != "" {
		if err := writeFileAtomic(*file, []byte(out.String()), 0o644); err != nil {
			return err
		}
	}
	fmt.Print(out.String())
	return nil
}

// cmdWait polls an HTTPS URL (trusting --ca, optionally with a client certificate) until it
// answers 200 or the timeout passes.
func cmdWait(args []string) error {
	fs := flag.NewFlagSet("wait", flag.ExitOnError)
	ca := fs.String("ca", "", "CA file")
	cert := fs.String("cert", "", "client certificate file")
	key := fs.String("key", "", "client key file")
	timeout := fs.Duration("timeout", 3*time.Minute, "give up after")
	pidFile := fs.String("pid-file", "", "fail early when the process in this file is gone")
	_ = fs.Parse(args)
	if fs.NArg() != 1 {
		return errors.New("need exactly one URL")
	}
	url := fs.Arg(0)
	client, err := httpsClient(*ca, *cert, *key)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	last := "no answer yet"
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		resp, err := client.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
			last = resp.Status
		} else {
			last = err.Error()
		}
		if *pidFile != "" && !pidAlive(*pidFile) {
			return fmt.Errorf("%s: the process in %s has exited (last: %s)", url, *pidFile, last)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s not ready after %s (last: %s)", url, *timeout, last)
		case <-time.After(300 * time.Millisecond):
		}
	}
}

func pidAlive(pidFile string) bool {
	b, err := os.ReadFile(pidFile)
	if err != nil {
		return false
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		return false
	}
	_, err = os.Stat(fmt.Sprintf("/proc/%d", pid))
	return err == nil
}

func httpsClient(caFile, certFile, keyFile string) (*http.Client, error) {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if caFile != "" {
		pemData, err := os.ReadFile(caFile)
		if err != nil {
			return nil, err
		}
		cfg.RootCAs = x509.NewCertPool()
		if !cfg.RootCAs.AppendCertsFromPEM(pemData) {
			return nil, fmt.Errorf("%s: no certificates", caFile)
		}
	}
	if certFile != "" {
		c, err := tls.LoadX509KeyPair(certFile, keyFile)
		if err != nil {
			return nil, err
		}
		cfg.Certificates = []tls.Certificate{c}
	}
	return &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{TLSClientConfig: cfg}}, nil
}
