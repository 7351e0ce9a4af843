package main

import (
	"context"
	"io"
	"net/http"
	"strings"
	"time"

	"k8s.io/apimachinery/pkg/types"
	"k8s.io/kubelet/pkg/cri/streaming/portforward"
)

// portForwardHandler serves the kubelet API's /portForward/{namespace}/{pod} as kubelet does,
// in place of virtual-kubelet v1.11.0's handler, which passes empty options for a WebSocket
// request (the ports named in the query, `?port=`, were dropped, so a `v4.channel.k8s.io`
// port-forward opened no channels and closed at once) and swaps the idle and creation
// timeouts. SPDY requests (kubectl, and the API server's translation of SPDY over WebSocket)
// are served by the same k8s.io/kubelet code as before.
func portForwardHandler(p *procProvider, idle, creation time.Duration) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		parts := strings.Split(strings.TrimPrefix(req.URL.Path, "/portForward/"), "/")
		if len(parts) != 2 || parts[0] == "" || parts[1] == "" {
			http.NotFound(w, req)
			return
		}
		opts, err := portforward.NewV4Options(req)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		portforward.ServePortForward(w, req, podForwarder{p: p, ns: parts[0]}, parts[1], "",
			opts, idle, creation, portforward.SupportedProtocols)
	}
}

type podForwarder struct {
	p  *procProvider
	ns string
}

func (f podForwarder) PortForward(ctx context.Context, pod string, _ types.UID, port int32, stream io.ReadWriteCloser) error {
	return f.p.PortForward(ctx, f.ns, pod, port, stream)
}
