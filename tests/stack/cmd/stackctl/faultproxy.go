package main

// The fault proxy: HTTPS on 127.0.0.1 in front of the stack's servers (the Central API,
// Keycloak), which passes requests through untouched until a test asks it, over a small HTTP
// control endpoint on loopback, to misbehave: add latency, cap the bandwidth of answers, reset
// the connection in the middle of a body, hold a request without ever answering (a half-open
// connection as the client sees it), or answer a burst of 429/500/503. It terminates TLS with
// the stack's server certificate (valid for 127.0.0.1) and forwards over TLS, so HTTP-level
// faults are possible; clients speak HTTP/1.1 to it (no ALPN h2), so a connection can be cut.
//
// Control (JSON in, JSON out; one fault per upstream at a time):
//   POST /fault  {"upstream":"api","kind":"status","code":429,"retryAfter":1,"count":2,
//                 "skip":0,"match":"/configmaps","method":"POST","delayMs":0,
//                 "bytesPerSec":0,"afterBytes":0}
//   POST /clear  drops every fault and releases held requests
//   GET  /log    every request seen since the last /clear: upstream, method, path, status,
//                fault ("" when passed through untouched)

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"
)

type fault struct {
	Upstream    string `json:"upstream"`
	Kind        string `json:"kind"` // latency, bandwidth, reset, halfopen, status
	Code        int    `json:"code"`
	RetryAfter  int    `json:"retryAfter"` // seconds; 0: no Retry-After header
	Count       int    `json:"count"`      // requests to affect; 0: until cleared
	Skip        int    `json:"skip"`       // matching requests passed on before the first fault
	Match       string `json:"match"`      // substring of the request path; "": any
	Method      string `json:"method"`     // "": any
	DelayMs     int    `json:"delayMs"`
	BytesPerSec int    `json:"bytesPerSec"`
	AfterBytes  int    `json:"afterBytes"` // reset: body bytes passed on before the cut
}

type logEntry struct {
	Upstream string `json:"upstream"`
	Method   string `json:"method"`
	Path     string `json:"path"`
	Status   int    `json:"status"`
	Fault    string `json:"fault"`
}

type faultProxy struct {
	mu      sync.Mutex
	faults  map[string]*fault
	used    map[string]int
	log     []logEntry
	gen     int           // counts /clear calls
	release chan struct{} // closed by /clear: held requests end
}

func (p *faultProxy) take(upstream string, r *http.Request) *fault {
	p.mu.Lock()
	defer p.mu.Unlock()
	f := p.faults[upstream]
	if f == nil || (f.Method != "" && f.Method != r.Method) ||
		(f.Match != "" && !strings.Contains(r.URL.Path, f.Match)) {
		return nil
	}
	p.used[upstream]++
	if n := p.used[upstream] - f.Skip; n < 1 || (f.Count > 0 && n > f.Count) {
		return nil
	}
	return f
}

// record logs a request as it arrives (a held one is in the log while it waits) and returns
// the function that sets its status when it ends.
func (p *faultProxy) record(e logEntry) func(status int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.log = append(p.log, e)
	gen, i := p.gen, len(p.log)-1
	return func(status int) {
		p.mu.Lock()
		defer p.mu.Unlock()
		if p.gen == gen { // else /clear dropped the entry meanwhile
			p.log[i].Status = status
		}
	}
}

func (p *faultProxy) released() <-chan struct{} {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.release
}

// handler forwards to one upstream, applying its fault if one matches.
func (p *faultProxy) handler(name string, target *url.URL, transport *http.Transport) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f := p.take(name, r)
		entry := logEntry{Upstream: name, Method: r.Method, Path: r.URL.Path}
		if f != nil {
			entry.Fault = f.Kind
		}
		setStatus := p.record(entry)
		defer func() { setStatus(entry.Status) }()
		switch {
		case f != nil && f.Kind == "status":
			if f.RetryAfter > 0 {
				w.Header().Set("Retry-After", fmt.Sprint(f.RetryAfter))
			}
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(f.Code)
			// A Kubernetes Status with kube-apiserver's words for these codes (Keycloak's
			// clients read the code only; an OAuth error would carry an "error" member).
			reason, message := "InternalError", "Internal error occurred: injected by the fault proxy"
			switch f.Code {
			case http.StatusTooManyRequests:
				reason, message = "TooManyRequests", "Too many requests, please try again later."
			case http.StatusServiceUnavailable:
				reason, message = "ServiceUnavailable", "the server is currently unable to handle the request"
			}
			body, _ := json.Marshal(map[string]any{"kind": "Status", "apiVersion": "v1",
				"status": "Failure", "reason": reason, "message": message, "code": f.Code})
			w.Write(body)
			entry.Status = f.Code
			return
		case f != nil && f.Kind == "halfopen":
			select {
			case <-r.Context().Done():
			case <-p.released():
			}
			if hj, ok := w.(http.Hijacker); ok {
				if conn, _, err := hj.Hijack(); err == nil {
					conn.Close()
				}
			}
			return
		case f != nil && f.Kind == "latency":
			select {
			case <-time.After(time.Duration(f.DelayMs) * time.Millisecond):
			case <-r.Context().Done():
				return
			}
		}

		out := r.Clone(r.Context())
		out.RequestURI = ""
		out.URL.Scheme = target.Scheme
		out.URL.Host = target.Host
		out.Host = target.Host
		for _, h := range []string{"Connection", "Proxy-Connection", "Keep-Alive", "Te",
			"Trailer", "Transfer-Encoding", "Upgrade"} {
			out.Header.Del(h)
		}
		if r.ContentLength == 0 {
			out.Body = nil
		}
		resp, err := transport.RoundTrip(out)
		if err != nil {
			entry.Status = http.StatusBadGateway
			http.Error(w, "fault proxy: "+err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		entry.Status = resp.StatusCode
		for k, v := range resp.Header {
			if k != "Connection" && k != "Keep-Alive" && k != "Transfer-Encoding" {
				w.Header()[k] = v
			}
		}
		w.WriteHeader(resp.StatusCode)
		flusher, _ := w.(http.Flusher)
		if flusher != nil {
			flusher.Flush()
		}
		chunk := 32 * 1024
		var tick time.Duration
		if f != nil && f.Kind == "bandwidth" && f.BytesPerSec > 0 {
			chunk = max(f.BytesPerSec/10, 1) // ten writes a second
			tick = 100 * time.Millisecond
		}
		buf := make([]byte, chunk)
		sent := 0
		for {
			n, rerr := resp.Body.Read(buf)
			if f != nil && f.Kind == "reset" && sent+n >= f.AfterBytes {
				w.Write(buf[:max(f.AfterBytes-sent, 0)])
				if flusher != nil {
					flusher.Flush()
				}
				cut(w)
				return
			}
			if n > 0 {
				if _, werr := w.Write(buf[:n]); werr != nil {
					return
				}
				sent += n
				if flusher != nil {
					flusher.Flush()
				}
			}
			if rerr != nil {
				return
			}
			if tick > 0 {
				select {
				case <-time.After(tick):
				case <-r.Context().Done():
					return
				}
			}
		}
	})
}

// cut ends the client's connection with a TCP reset (SO_LINGER 0), in the middle of the body.
func cut(w http.ResponseWriter) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic(http.ErrAbortHandler)
	}
	conn, _, err := hj.Hijack()
	if err != nil {
		panic(http.ErrAbortHandler)
	}
	if tc, ok := conn.(*tls.Conn); ok {
		if tcp, ok := tc.NetConn().(*net.TCPConn); ok {
			tcp.SetLinger(0)
		}
	}
	conn.Close()
}

func (p *faultProxy) control() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /fault", func(w http.ResponseWriter, r *http.Request) {
		var f fault
		if err := json.NewDecoder(r.Body).Decode(&f); err != nil || f.Upstream == "" {
			http.Error(w, "want a fault as JSON with an upstream", http.StatusBadRequest)
			return
		}
		p.mu.Lock()
		p.faults[f.Upstream] = &f
		p.used[f.Upstream] = 0
		p.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("POST /clear", func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		p.faults = map[string]*fault{}
		p.used = map[string]int{}
		p.log = nil
		p.gen++
		close(p.release)
		p.release = make(chan struct{})
		p.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("GET /log", func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		entries := append([]logEntry{}, p.log...)
		p.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(entries)
	})
	return mux
}

type upstreamFlags []string

func (u *upstreamFlags) String() string     { return strings.Join(*u, ",") }
func (u *upstreamFlags) Set(v string) error { *u = append(*u, v); return nil }

// cmdFaultProxy runs in the foreground until stdin closes (the test that started it is gone)
// or it is killed. It prints "<name>=https://127.0.0.1:<port>" per upstream and
// "control=http://127.0.0.1:<port>", then "ready".
func cmdFaultProxy(args []string) error {
	fs := flag.NewFlagSet("faultproxy", flag.ExitOnError)
	caFile := fs.String("ca", "", "CA of the upstreams (PEM)")
	certFile := fs.String("cert", "", "server certificate for 127.0.0.1 (PEM)")
	keyFile := fs.String("key", "", "its key (PEM)")
	var upstreams upstreamFlags
	fs.Var(&upstreams, "upstream", "name=https://host:port (repeatable)")
	_ = fs.Parse(args)
	if *caFile == "" || *certFile == "" || *keyFile == "" || len(upstreams) == 0 {
		return errors.New("--ca, --cert, --key and at least one --upstream are required")
	}
	caPEM, err := os.ReadFile(*caFile)
	if err != nil {
		return err
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(caPEM) {
		return fmt.Errorf("%s: no certificate", *caFile)
	}
	pair, err := tls.LoadX509KeyPair(*certFile, *keyFile)
	if err != nil {
		return err
	}
	p := &faultProxy{faults: map[string]*fault{}, used: map[string]int{},
		release: make(chan struct{})}
	for _, u := range upstreams {
		name, raw, ok := strings.Cut(u, "=")
		target, err := url.Parse(raw)
		if !ok || err != nil || target.Scheme != "https" || target.Host == "" {
			return fmt.Errorf("--upstream %q: want name=https://host:port", u)
		}
		transport := &http.Transport{
			TLSClientConfig:     &tls.Config{RootCAs: pool},
			ForceAttemptHTTP2:   false,
			MaxIdleConnsPerHost: 16,
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		tlsLn := tls.NewListener(ln, &tls.Config{Certificates: []tls.Certificate{pair},
			NextProtos: []string{"http/1.1"}})
		srv := &http.Server{Handler: p.handler(name, target, transport),
			ReadHeaderTimeout: 30 * time.Second}
		go srv.Serve(tlsLn)
		fmt.Printf("%s=https://%s\n", name, ln.Addr())
	}
	ctl, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	go (&http.Server{Handler: p.control(), ReadHeaderTimeout: 10 * time.Second}).Serve(ctl)
	fmt.Printf("control=http://%s\nready\n", ctl.Addr())
	io.Copy(io.Discard, os.Stdin)
	return nil
}
