package integration

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/kubernetes/scheme"
	"k8s.io/client-go/rest"
	"k8s.io/client-go/tools/portforward"
	"k8s.io/client-go/tools/remotecommand"
	utilexec "k8s.io/client-go/util/exec"
)

// The workload cluster's node (README "The workload cluster's node"): the seeded Deployment's
// pods run as local processes; logs, exec and port-forward reach them through the workload API
// server, as alice (OIDC) with client-go and as admin with kubectl.

func workloadUserConfig(t *testing.T, user string) *rest.Config {
	t.Helper()
	return &rest.Config{Host: need(t, "SCS_WORKLOAD_API_URL"), BearerToken: passwordToken(t, "scs-console", user),
		TLSClientConfig: rest.TLSClientConfig{CAFile: need(t, "SCS_CA_FILE")}, WarningHandler: rest.NoWarnings{}}
}

// runningDemoPods waits for the demo Deployment's pods to be Running and ready with an address.
func runningDemoPods(t *testing.T, kc kubernetes.Interface, ns, selector string, want int) []corev1.Pod {
	t.Helper()
	var pods []corev1.Pod
	eventually(t, 60*time.Second, "demo pods running", func() string {
		list, err := kc.CoreV1().Pods(ns).List(context.Background(), metav1.ListOptions{LabelSelector: selector})
		if err != nil {
			return err.Error()
		}
		pods = nil
		for _, p := range list.Items {
			if p.DeletionTimestamp == nil && p.Status.Phase == corev1.PodRunning && p.Status.PodIP != "" &&
				len(p.Status.ContainerStatuses) == 1 && p.Status.ContainerStatuses[0].Ready {
				pods = append(pods, p)
			}
		}
		if len(pods) != want {
			return fmt.Sprintf("%d of %d pods running (%d listed)", len(pods), want, len(list.Items))
		}
		return ""
	})
	return pods
}

var tickRE = regexp.MustCompile(`^(\S+): tick (\d+)$`)

func TestWorkloadNodeLogsExecPortForward(t *testing.T) {
	ns, deploy, selector := need(t, "SCS_DEMO_NAMESPACE"), need(t, "SCS_DEMO_DEPLOYMENT"), need(t, "SCS_DEMO_POD_SELECTOR")
	port, _ := strconv.Atoi(need(t, "SCS_DEMO_PORT"))
	cfg := workloadUserConfig(t, "alice")
	kc := kubernetes.NewForConfigOrDie(cfg)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	d, err := kc.AppsV1().Deployments(ns).Get(ctx, deploy, metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	pods := runningDemoPods(t, kc, ns, selector, int(*d.Spec.Replicas))
	if pods[0].Status.PodIP == pods[1].Status.PodIP {
		t.Fatalf("two pods share the address %s", pods[0].Status.PodIP)
	}
	pod := pods[0]
	node, err := kc.CoreV1().Nodes().Get(ctx, pod.Spec.NodeName, metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if node.Name != need(t, "SCS_WORKLOAD_NODE") || node.Status.NodeInfo.KubeletVersion == "" {
		t.Fatalf("pod on node %q (kubelet %q)", node.Name, node.Status.NodeInfo.KubeletVersion)
	}

	// Logs: the last lines, with timestamps, then following new ones.
	raw, err := kc.CoreV1().Pods(ns).GetLogs(pod.Name, &corev1.PodLogOptions{TailLines: ptr(int64(3)), Timestamps: true}).DoRaw(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	if len(lines) != 3 {
		t.Fatalf("tailLines=3 gave %d lines:\n%s", len(lines), raw)
	}
	for _, l := range lines {
		ts, text, _ := strings.Cut(l, " ")
		if _, err := time.Parse(time.RFC3339Nano, ts); err != nil {
			t.Fatalf("log line without an RFC 3339 timestamp: %q", l)
		}
		if m := tickRE.FindStringSubmatch(text); m == nil || m[1] != pod.Name {
			t.Fatalf("log line %q is not the pod's tick", text)
		}
	}
	stream, err := kc.CoreV1().Pods(ns).GetLogs(pod.Name, &corev1.PodLogOptions{TailLines: ptr(int64(1)), Follow: true}).Stream(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stream)
	first, last := -1, -1
	start := time.Now()
	for last-first < 2 && time.Since(start) < 10*time.Second && sc.Scan() {
		if m := tickRE.FindStringSubmatch(sc.Text()); m != nil {
			n, _ := strconv.Atoi(m[2])
			if first < 0 {
				first = n
			}
			last = n
		}
	}
	stream.Close()
	if first < 0 || last-first < 2 {
		t.Fatalf("follow: ticks %d..%d in %s (%v)", first, last, time.Since(start).Round(time.Millisecond), sc.Err())
	}
	t.Logf("follow streamed ticks %d..%d", first, last)

	// Exec over WebSocket (the API server translates to the node's SPDY), then over SPDY.
	execURL := func(cmd ...string) *url.URL {
		return kc.CoreV1().RESTClient().Post().Resource("pods").Namespace(ns).Name(pod.Name).SubResource("exec").
			VersionedParams(&corev1.PodExecOptions{Container: pod.Spec.Containers[0].Name, Command: cmd,
				Stdout: true, Stderr: true}, scheme.ParameterCodec).URL()
	}
	ws, err := remotecommand.NewWebSocketExecutor(cfg, "GET", execURL("sh", "-c", "echo hello && ls").String())
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := ws.StreamWithContext(ctx, remotecommand.StreamOptions{Stdout: &out, Stderr: &errOut}); err != nil {
		t.Fatalf("exec: %v (%s)", err, errOut.String())
	}
	if out.String() != "hello\nindex.html\n" {
		t.Fatalf("exec printed %q", out.String())
	}
	sp, err := remotecommand.NewSPDYExecutor(cfg, "POST", execURL("sh", "-c", "echo $POD_IP >&2; exit 3"))
	if err != nil {
		t.Fatal(err)
	}
	errOut.Reset()
	err = sp.StreamWithContext(ctx, remotecommand.StreamOptions{Stdout: io.Discard, Stderr: &errOut})
	var ee utilexec.ExitError
	if !errors.As(err, &ee) || ee.ExitStatus() != 3 {
		t.Fatalf("exit 3 gave %v", err)
	}
	if strings.TrimSpace(errOut.String()) != pod.Status.PodIP {
		t.Fatalf("POD_IP in the container is %q, the pod's address %s", errOut.String(), pod.Status.PodIP)
	}

	// Port-forward over WebSocket (as kubectl 1.34 does) to the pod's HTTP server.
	pfURL := kc.CoreV1().RESTClient().Post().Resource("pods").Namespace(ns).Name(pod.Name).SubResource("portforward").URL()
	dialer, err := portforward.NewSPDYOverWebsocketDialer(pfURL, cfg)
	if err != nil {
		t.Fatal(err)
	}
	stop, ready := make(chan struct{}), make(chan struct{})
	pf, err := portforward.NewOnAddresses(dialer, []string{"127.0.0.1"}, []string{fmt.Sprintf("0:%d", port)}, stop, ready, io.Discard, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	pfErr := make(chan error, 1)
	go func() { pfErr <- pf.ForwardPorts() }()
	select {
	case <-ready:
	case err := <-pfErr:
		t.Fatalf("port-forward: %v", err)
	case <-time.After(20 * time.Second):
		t.Fatal("port-forward not ready within 20s")
	}
	fwd, _ := pf.GetPorts()
	body := httpGet(t, fmt.Sprintf("http://127.0.0.1:%d/", fwd[0].Local))
	close(stop)
	if !strings.Contains(body, "Hello from "+pod.Name) {
		t.Fatalf("port-forward answered %q", body)
	}

	// Deleting a pod ends its processes; the ReplicaSet replaces it.
	if err := kc.CoreV1().Pods(ns).Delete(ctx, pod.Name, metav1.DeleteOptions{}); err != nil {
		t.Fatal(err)
	}
	eventually(t, 30*time.Second, "deleted pod gone", func() string {
		if _, err := kc.CoreV1().Pods(ns).Get(ctx, pod.Name, metav1.GetOptions{}); err == nil {
			return "still there"
		}
		return ""
	})
	if c, err := net.DialTimeout("tcp", net.JoinHostPort(pod.Status.PodIP, strconv.Itoa(port)), time.Second); err == nil {
		c.Close()
		t.Fatalf("the deleted pod's server still listens on %s", pod.Status.PodIP)
	}
	runningDemoPods(t, kc, ns, selector, int(*d.Spec.Replicas))
}

// TestWorkloadNodeWithKubectl: kubectl's logs, exec and port-forward against the node.
func TestWorkloadNodeWithKubectl(t *testing.T) {
	ns, selector := need(t, "SCS_DEMO_NAMESPACE"), need(t, "SCS_DEMO_POD_SELECTOR")
	kc := kubernetes.NewForConfigOrDie(workloadUserConfig(t, "alice"))
	pod := runningDemoPods(t, kc, ns, selector, 2)[0].Name
	k := &kubectl{t: t, kubeconfig: need(t, "SCS_WORKLOAD_ADMIN_KUBECONFIG")}

	if out := k.ok("", "-n", ns, "logs", pod, "--tail=2"); !tickRE.MatchString(strings.Split(strings.TrimSpace(out), "\n")[1]) {
		t.Fatalf("kubectl logs: %q", out)
	}
	if out := k.ok("", "-n", ns, "exec", pod, "--", "sh", "-c", "echo hello && ls"); out != "hello\nindex.html\n" {
		t.Fatalf("kubectl exec: %q", out)
	}
	if out := k.ok("input line\n", "-n", ns, "exec", "-i", pod, "--", "cat"); out != "input line\n" {
		t.Fatalf("kubectl exec -i cat: %q", out)
	}

	cmd := exec.Command(need(t, "SCS_KUBECTL"), "--kubeconfig", k.kubeconfig, "-n", ns, "port-forward", "pod/"+pod, "0:"+need(t, "SCS_DEMO_PORT"))
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	sc := bufio.NewScanner(stdout)
	local := ""
	for sc.Scan() {
		if m := regexp.MustCompile(`^Forwarding from 127\.0\.0\.1:(\d+) ->`).FindStringSubmatch(sc.Text()); m != nil {
			local = m[1]
			break
		}
	}
	if local == "" {
		t.Fatal("kubectl port-forward printed no local port")
	}
	if body := httpGet(t, "http://127.0.0.1:"+local+"/"); !strings.Contains(body, "Hello from "+pod) {
		t.Fatalf("kubectl port-forward answered %q", body)
	}
}

// TestWorkloadNodeRestartsAndCleansUp: as alice, a new namespace and a Deployment whose
// container fails every second: it restarts (CrashLoopBackOff, restartCount, previous logs);
// deleting the Deployment removes its ReplicaSet and pod (garbage collector), deleting the
// namespace completes (namespace controller).
func TestWorkloadNodeRestartsAndCleansUp(t *testing.T) {
	kc := kubernetes.NewForConfigOrDie(workloadUserConfig(t, "alice"))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ns := "node-test-" + suffix()
	if _, err := kc.CoreV1().Namespaces().Create(ctx, &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: ns}}, metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = kc.CoreV1().Namespaces().Delete(context.Background(), ns, metav1.DeleteOptions{}) }()
	labels := map[string]string{"app": "crash"}
	d := &appsv1.Deployment{ObjectMeta: metav1.ObjectMeta{Name: "crash"}, Spec: appsv1.DeploymentSpec{
		Replicas: ptr(int32(1)), Selector: &metav1.LabelSelector{MatchLabels: labels},
		Template: corev1.PodTemplateSpec{ObjectMeta: metav1.ObjectMeta{Labels: labels}, Spec: corev1.PodSpec{
			TerminationGracePeriodSeconds: ptr(int64(1)),
			Containers: []corev1.Container{{Name: "main", Image: "busybox",
				Command: []string{"sh", "-c", `echo "run of $HOSTNAME"; sleep 0.5; exit 1`}}}}}}}
	// The namespace's default ServiceAccount comes from the ServiceAccount controller.
	eventually(t, 20*time.Second, "default ServiceAccount", func() string {
		if _, err := kc.CoreV1().ServiceAccounts(ns).Get(ctx, "default", metav1.GetOptions{}); err != nil {
			return err.Error()
		}
		return ""
	})
	if _, err := kc.AppsV1().Deployments(ns).Create(ctx, d, metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	var pod corev1.Pod
	eventually(t, 40*time.Second, "container restarted", func() string {
		list, err := kc.CoreV1().Pods(ns).List(ctx, metav1.ListOptions{})
		if err != nil || len(list.Items) != 1 || len(list.Items[0].Status.ContainerStatuses) != 1 {
			return fmt.Sprintf("pods: %v", err)
		}
		pod = list.Items[0]
		cs := pod.Status.ContainerStatuses[0]
		if cs.RestartCount < 1 || cs.LastTerminationState.Terminated == nil {
			return fmt.Sprintf("restartCount %d", cs.RestartCount)
		}
		if code := cs.LastTerminationState.Terminated.ExitCode; code != 1 {
			return fmt.Sprintf("last exit code %d", code)
		}
		return ""
	})
	prev, err := kc.CoreV1().Pods(ns).GetLogs(pod.Name, &corev1.PodLogOptions{Previous: true}).DoRaw(ctx)
	if err != nil || string(prev) != "run of "+pod.Name+"\n" {
		t.Fatalf("previous logs: %q %v", prev, err)
	}

	bg := metav1.DeletePropagationBackground
	if err := kc.AppsV1().Deployments(ns).Delete(ctx, "crash", metav1.DeleteOptions{PropagationPolicy: &bg}); err != nil {
		t.Fatal(err)
	}
	eventually(t, 40*time.Second, "ReplicaSet and pod collected", func() string {
		rs, _ := kc.AppsV1().ReplicaSets(ns).List(ctx, metav1.ListOptions{})
		pods, _ := kc.CoreV1().Pods(ns).List(ctx, metav1.ListOptions{})
		if rs == nil || pods == nil || len(rs.Items)+len(pods.Items) > 0 {
			return "still there"
		}
		return ""
	})
	if err := kc.CoreV1().Namespaces().Delete(ctx, ns, metav1.DeleteOptions{}); err != nil {
		t.Fatal(err)
	}
	eventually(t, 40*time.Second, "namespace deleted", func() string {
		if _, err := kc.CoreV1().Namespaces().Get(ctx, ns, metav1.GetOptions{}); err == nil {
			return "still there"
		}
		return ""
	})
}

func httpGet(t *testing.T, u string) string {
	t.Helper()
	resp, err := (&http.Client{Timeout: 10 * time.Second}).Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %s", u, resp.Status)
	}
	return string(b)
}

func ptr[T any](v T) *T { return &v }
