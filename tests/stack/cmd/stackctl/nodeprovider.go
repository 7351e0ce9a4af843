package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/creack/pty"
	"github.com/virtual-kubelet/virtual-kubelet/errdefs"
	"github.com/virtual-kubelet/virtual-kubelet/node/api"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/tools/record"
	utilexec "k8s.io/utils/exec"
)

// procProvider is the stack node's container runtime: each container's command runs as a local
// process group in its own directory (<state>/pods/<uid>/<container>), its stdout and stderr
// go line by line, time-stamped, into a log file per run in the CRI log format
// ("<RFC3339Nano> <stream> <F|P> <text>", what kubelet reads back), so the kubelet API serves
// real output, exec runs a real process in the container's directory and environment and
// port-forward dials a real listener. Each pod gets its own loopback address (127.H.L.x, where
// H.L is the node's port: concurrently running stack instances never share one) as its pod IP;
// a container serving a port binds $POD_IP (downward API) so pods of one Deployment can all use
// the same port.
type procProvider struct {
	root     string
	nodeName string
	subnet   string // "127.H.L."

	// recorder emits kubelet's container events (Started, Killing, BackOff) on the pod.
	recorder record.EventRecorder

	mu     sync.Mutex
	pods   map[string]*podRun // namespace/name
	usedIP map[string]bool
	notify func(*corev1.Pod)
}

type podRun struct {
	pod        *corev1.Pod // as given to CreatePod (environment resolved by virtual-kubelet)
	ip         string
	dir        string
	startTime  metav1.Time
	containers []*ctrRun
	deleting   bool
}

type ctrRun struct {
	p      *procProvider
	pr     *podRun
	spec   corev1.Container
	dir    string // working directory
	logDir string
	env    []string
	policy corev1.RestartPolicy

	mu       sync.Mutex
	restarts int
	proc     *os.Process
	running  bool
	started  time.Time
	last     *corev1.ContainerStateTerminated // the previous run's end
	term     *corev1.ContainerStateTerminated // the current run's end, when not restarting
	waiting  *corev1.ContainerStateWaiting
	stopping bool
	stopCh   chan struct{} // closed when stopping (ends a back-off)
	done     chan struct{} // closed when the container's loop ended
}

func newProcProvider(root, nodeName string, port int) *procProvider {
	return &procProvider{root: root, nodeName: nodeName,
		subnet: fmt.Sprintf("127.%d.%d.", port>>8, port&0xff),
		pods:   map[string]*podRun{}, usedIP: map[string]bool{}}
}

func podKey(ns, name string) string { return ns + "/" + name }

// NotifyPods makes the provider asynchronous for virtual-kubelet: status changes are pushed.
func (p *procProvider) NotifyPods(_ context.Context, f func(*corev1.Pod)) { p.notify = f }

func (p *procProvider) changed(pr *podRun) {
	if p.notify != nil {
		p.notify(p.podWithStatus(pr))
	}
}

func (p *procProvider) allocIP() (string, error) {
	for i := 2; i < 255; i++ {
		ip := p.subnet + strconv.Itoa(i)
		if !p.usedIP[ip] {
			p.usedIP[ip] = true
			return ip, nil
		}
	}
	return "", errors.New("no free pod address left on this node")
}

func (p *procProvider) CreatePod(_ context.Context, pod *corev1.Pod) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	key := podKey(pod.Namespace, pod.Name)
	if _, ok := p.pods[key]; ok {
		return nil
	}
	ip, err := p.allocIP()
	if err != nil {
		return err
	}
	pr := &podRun{pod: pod.DeepCopy(), ip: ip, dir: filepath.Join(p.root, "pods", string(pod.UID)),
		startTime: metav1.Now()}
	for i := range pod.Spec.Containers {
		c := pod.Spec.Containers[i]
		cr := &ctrRun{p: p, pr: pr, spec: c, policy: pod.Spec.RestartPolicy,
			dir: filepath.Join(pr.dir, c.Name), logDir: filepath.Join(pr.dir, "logs", c.Name),
			stopCh: make(chan struct{}), done: make(chan struct{})}
		if err := os.MkdirAll(cr.dir, 0o755); err != nil {
			return err
		}
		if err := os.MkdirAll(cr.logDir, 0o755); err != nil {
			return err
		}
		// A pod seen before (the node restarted): its containers restart, their earlier runs'
		// logs stay readable with previous=true.
		cr.restarts = countRuns(cr.logDir)
		cr.env = containerEnv(pr, &c, p.nodeName)
		pr.containers = append(pr.containers, cr)
	}
	p.pods[key] = pr
	for _, cr := range pr.containers {
		go cr.loop()
	}
	return nil
}

func countRuns(dir string) int {
	entries, _ := os.ReadDir(dir)
	n := 0
	for _, e := range entries {
		if i, err := strconv.Atoi(strings.TrimSuffix(e.Name(), ".log")); err == nil && i+1 > n {
			n = i + 1
		}
	}
	return n
}

func containerEnv(pr *podRun, c *corev1.Container, nodeName string) []string {
	vals := map[string]string{}
	for _, e := range c.Env {
		v := e.Value
		switch v {
		case statusRefMarker + "status.podIP", statusRefMarker + "status.podIPs":
			v = pr.ip
		case statusRefMarker + "status.hostIP", statusRefMarker + "status.hostIPs":
			v = "127.0.0.1"
		}
		vals[e.Name] = v
	}
	// The image is not run, so its PATH is the host's.
	env := []string{"PATH=" + os.Getenv("PATH"), "HOSTNAME=" + pr.pod.Name, "HOME=" + filepath.Join(pr.dir, c.Name)}
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		env = append(env, k+"="+vals[k])
	}
	return env
}

// argv: command + args; with no command the args are the command (as for an image without an
// entrypoint); with neither the container idles (images are not run here).
func (cr *ctrRun) argv() []string {
	argv := append(append([]string{}, cr.spec.Command...), cr.spec.Args...)
	if len(argv) == 0 {
		argv = []string{"sleep", "infinity"}
	}
	return argv
}

func (cr *ctrRun) logPath(run int) string { return filepath.Join(cr.logDir, strconv.Itoa(run)+".log") }

// loop runs the container, restarting it as the pod's restartPolicy says, until the pod goes.
func (cr *ctrRun) loop() {
	defer close(cr.done)
	backoff := time.Second
	for {
		cr.mu.Lock()
		if cr.stopping {
			cr.mu.Unlock()
			return
		}
		run := cr.restarts
		cr.mu.Unlock()
		started := time.Now()
		code, err := cr.runOnce(run)
		finished := time.Now()
		t := &corev1.ContainerStateTerminated{ExitCode: int32(code), Reason: "Completed",
			StartedAt: metav1.NewTime(started), FinishedAt: metav1.NewTime(finished)}
		if code != 0 {
			t.Reason = "Error"
		}
		if err != nil {
			t.Reason, t.Message = "StartError", err.Error()
		}
		cr.mu.Lock()
		cr.running, cr.proc = false, nil
		restart := !cr.stopping && (cr.policy == corev1.RestartPolicyAlways ||
			(cr.policy == corev1.RestartPolicyOnFailure && code != 0))
		if !restart {
			cr.term = t
			cr.mu.Unlock()
			cr.p.changed(cr.pr)
			return
		}
		cr.last = t
		cr.restarts++
		if finished.Sub(started) > time.Minute {
			backoff = time.Second
		}
		cr.waiting = &corev1.ContainerStateWaiting{Reason: "CrashLoopBackOff",
			Message: fmt.Sprintf("back-off %s restarting failed container=%s pod=%s", backoff, cr.spec.Name, cr.pr.pod.Name)}
		cr.mu.Unlock()
		cr.event(corev1.EventTypeWarning, "BackOff", "Back-off restarting failed container %s in pod %s", cr.spec.Name, cr.pr.pod.Name)
		cr.p.changed(cr.pr)
		select {
		case <-time.After(backoff):
		case <-cr.stopCh:
		}
		backoff = min(backoff*2, 30*time.Second)
	}
}

// runOnce starts one run of the container and waits for it; returns the exit code.
func (cr *ctrRun) runOnce(run int) (int, error) {
	f, err := os.OpenFile(cr.logPath(run), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return 128, err
	}
	defer f.Close()
	argv := cr.argv()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir, cmd.Env = cr.dir, cr.env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stdout, _ := cmd.StdoutPipe()
	stderr, _ := cmd.StderrPipe()
	cr.mu.Lock()
	if cr.stopping {
		cr.mu.Unlock()
		return 0, nil
	}
	if err := cmd.Start(); err != nil {
		cr.mu.Unlock()
		return 128, err
	}
	cr.proc, cr.running, cr.started, cr.waiting = cmd.Process, true, time.Now(), nil
	cr.mu.Unlock()
	writePidFile(filepath.Join(cr.dir, "..", cr.spec.Name+".pid"), cmd.Process.Pid)
	cr.event(corev1.EventTypeNormal, "Started", "Started container %s", cr.spec.Name)
	cr.p.changed(cr.pr)

	var wmu sync.Mutex
	var wg sync.WaitGroup
	for _, s := range []struct {
		name string
		r    io.Reader
	}{{"stdout", stdout}, {"stderr", stderr}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			copyLog(f, &wmu, s.name, s.r)
		}()
	}
	wg.Wait()
	err = cmd.Wait()
	// Whatever the group left behind goes with the container.
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	_ = os.Remove(filepath.Join(cr.dir, "..", cr.spec.Name+".pid"))
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return 128 + int(ws.Signal()), nil
		}
		return ee.ExitCode(), nil
	}
	return 0, err
}

// copyLog writes r's lines to f in the CRI log format; a line longer than the reader's buffer
// is written in parts tagged P, its end F, as container runtimes do.
func copyLog(f *os.File, mu *sync.Mutex, stream string, r io.Reader) {
	br := bufio.NewReaderSize(r, 16*1024)
	for {
		line, isPrefix, err := br.ReadLine()
		if len(line) > 0 || (err == nil) {
			tag := "F"
			if isPrefix {
				tag = "P"
			}
			mu.Lock()
			_, _ = fmt.Fprintf(f, "%s %s %s %s\n", time.Now().UTC().Format(time.RFC3339Nano), stream, tag, line)
			mu.Unlock()
		}
		if err != nil {
			return
		}
	}
}

// writePidFile records a container's process group with its start time, so a node that was
// killed can end what it left running at its next start (killLeftovers).
func writePidFile(path string, pid int) {
	_ = os.WriteFile(path, []byte(fmt.Sprintf("%d %s\n", pid, procStart(pid))), 0o644)
}

func procStart(pid int) string {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return ""
	}
	s := string(data)
	if i := strings.LastIndexByte(s, ')'); i >= 0 {
		if f := strings.Fields(s[i+1:]); len(f) > 19 {
			return f[19]
		}
	}
	return ""
}

// killLeftovers ends what an earlier node left running (it was killed, not stopped): the
// process groups of its pid files (a pid only if its process started when recorded), and any
// process whose working directory is inside a pod's directory (a group whose leader died).
func killLeftovers(root string) {
	files, _ := filepath.Glob(filepath.Join(root, "pods", "*", "*.pid"))
	for _, f := range files {
		data, _ := os.ReadFile(f)
		var pid int
		var start string
		if n, _ := fmt.Sscanf(string(data), "%d %s", &pid, &start); n == 2 && pid > 1 && procStart(pid) == start {
			_ = syscall.Kill(-pid, syscall.SIGKILL)
		}
		_ = os.Remove(f)
	}
	pods := filepath.Join(root, "pods") + string(filepath.Separator)
	procs, _ := filepath.Glob("/proc/[0-9]*/cwd")
	for _, c := range procs {
		if cwd, err := os.Readlink(c); err == nil && strings.HasPrefix(cwd, pods) {
			if pid, err := strconv.Atoi(filepath.Base(filepath.Dir(c))); err == nil && pid != os.Getpid() {
				_ = syscall.Kill(pid, syscall.SIGKILL)
			}
		}
	}
}

func (cr *ctrRun) event(typ, reason, format string, args ...any) {
	if cr.p.recorder != nil {
		ref := &corev1.ObjectReference{Kind: "Pod", APIVersion: "v1", Namespace: cr.pr.pod.Namespace,
			Name: cr.pr.pod.Name, UID: cr.pr.pod.UID,
			FieldPath: fmt.Sprintf("spec.containers{%s}", cr.spec.Name)}
		cr.p.recorder.Eventf(ref, typ, reason, format, args...)
	}
}

// stop ends the container: SIGTERM to its process group, SIGKILL after the grace period.
func (cr *ctrRun) stop(grace time.Duration) {
	cr.mu.Lock()
	if !cr.stopping {
		cr.stopping = true
		close(cr.stopCh)
	}
	proc := cr.proc
	cr.mu.Unlock()
	if proc != nil {
		cr.event(corev1.EventTypeNormal, "Killing", "Stopping container %s", cr.spec.Name)
		_ = syscall.Kill(-proc.Pid, syscall.SIGTERM)
		select {
		case <-cr.done:
			return
		case <-time.After(grace):
		}
		_ = syscall.Kill(-proc.Pid, syscall.SIGKILL)
	}
	<-cr.done
}

func (p *procProvider) UpdatePod(context.Context, *corev1.Pod) error { return nil }

func (p *procProvider) DeletePod(_ context.Context, pod *corev1.Pod) error {
	p.mu.Lock()
	pr, ok := p.pods[podKey(pod.Namespace, pod.Name)]
	if !ok || pr.pod.UID != pod.UID {
		p.mu.Unlock()
		return errdefs.NotFound("pod not found")
	}
	if pr.deleting {
		p.mu.Unlock()
		return nil
	}
	pr.deleting = true
	p.mu.Unlock()
	grace := 30 * time.Second
	if pod.DeletionGracePeriodSeconds != nil {
		grace = time.Duration(*pod.DeletionGracePeriodSeconds) * time.Second
	}
	grace = min(grace, 10*time.Second)
	go func() {
		var wg sync.WaitGroup
		for _, cr := range pr.containers {
			wg.Add(1)
			go func() { defer wg.Done(); cr.stop(grace) }()
		}
		wg.Wait()
		final := p.podWithStatus(pr)
		p.mu.Lock()
		delete(p.pods, podKey(pod.Namespace, pod.Name))
		delete(p.usedIP, pr.ip)
		p.mu.Unlock()
		_ = os.RemoveAll(pr.dir)
		if p.notify != nil {
			p.notify(final)
		}
	}()
	return nil
}

// stopAll ends every container (the node stops).
func (p *procProvider) stopAll() {
	p.mu.Lock()
	var all []*ctrRun
	for _, pr := range p.pods {
		all = append(all, pr.containers...)
	}
	p.mu.Unlock()
	var wg sync.WaitGroup
	for _, cr := range all {
		wg.Add(1)
		go func() { defer wg.Done(); cr.stop(3 * time.Second) }()
	}
	wg.Wait()
}

func (p *procProvider) GetPod(_ context.Context, ns, name string) (*corev1.Pod, error) {
	p.mu.Lock()
	pr, ok := p.pods[podKey(ns, name)]
	p.mu.Unlock()
	if !ok {
		return nil, errdefs.NotFound("pod not found")
	}
	return p.podWithStatus(pr), nil
}

func (p *procProvider) GetPodStatus(ctx context.Context, ns, name string) (*corev1.PodStatus, error) {
	pod, err := p.GetPod(ctx, ns, name)
	if err != nil {
		return nil, err
	}
	return &pod.Status, nil
}

func (p *procProvider) GetPods(context.Context) ([]*corev1.Pod, error) {
	p.mu.Lock()
	prs := make([]*podRun, 0, len(p.pods))
	for _, pr := range p.pods {
		prs = append(prs, pr)
	}
	p.mu.Unlock()
	out := make([]*corev1.Pod, 0, len(prs))
	for _, pr := range prs {
		out = append(out, p.podWithStatus(pr))
	}
	return out, nil
}

func podCond(t corev1.PodConditionType, ok bool, since metav1.Time) corev1.PodCondition {
	s := corev1.ConditionFalse
	if ok {
		s = corev1.ConditionTrue
	}
	return corev1.PodCondition{Type: t, Status: s, LastTransitionTime: since}
}

func (p *procProvider) podWithStatus(pr *podRun) *corev1.Pod {
	pod := pr.pod.DeepCopy()
	st := &pod.Status
	st.HostIP, st.HostIPs = "127.0.0.1", []corev1.HostIP{{IP: "127.0.0.1"}}
	st.PodIP, st.PodIPs = pr.ip, []corev1.PodIP{{IP: pr.ip}}
	st.StartTime = &pr.startTime
	st.ContainerStatuses = nil
	allReady, anyAlive, anyFailed := true, false, false
	for _, cr := range pr.containers {
		cr.mu.Lock()
		cs := corev1.ContainerStatus{Name: cr.spec.Name, Image: cr.spec.Image, ImageID: cr.spec.Image,
			RestartCount: int32(cr.restarts)}
		if cr.last != nil {
			cs.LastTerminationState.Terminated = cr.last.DeepCopy()
		}
		switch {
		case cr.running:
			cs.State.Running = &corev1.ContainerStateRunning{StartedAt: metav1.NewTime(cr.started)}
			cs.Ready, cs.Started = true, ptrTo(true)
			cs.ContainerID = fmt.Sprintf("process://%d", cr.proc.Pid)
			anyAlive = true
		case cr.term != nil:
			cs.State.Terminated = cr.term.DeepCopy()
			cs.Started = ptrTo(false)
			anyFailed = anyFailed || cr.term.ExitCode != 0
			allReady = false
		default:
			w := cr.waiting
			if w == nil {
				w = &corev1.ContainerStateWaiting{Reason: "ContainerCreating"}
			}
			cs.State.Waiting = w.DeepCopy()
			cs.Started = ptrTo(false)
			anyAlive = true
			allReady = false
		}
		cr.mu.Unlock()
		st.ContainerStatuses = append(st.ContainerStatuses, cs)
	}
	switch {
	case anyAlive:
		st.Phase = corev1.PodRunning
	case anyFailed:
		st.Phase = corev1.PodFailed
	default:
		st.Phase = corev1.PodSucceeded
	}
	since := pr.startTime
	st.Conditions = []corev1.PodCondition{
		podCond(corev1.PodReadyToStartContainers, anyAlive, since),
		podCond(corev1.PodInitialized, true, since),
		podCond(corev1.ContainersReady, allReady, since),
		podCond(corev1.PodReady, allReady, since),
		podCond(corev1.PodScheduled, true, since),
	}
	return pod
}

func ptrTo[T any](v T) *T { return &v }

func (p *procProvider) container(ns, pod, name string) (*ctrRun, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	pr, ok := p.pods[podKey(ns, pod)]
	if !ok {
		return nil, errdefs.NotFoundf("pod %s/%s not found on this node", ns, pod)
	}
	for _, cr := range pr.containers {
		if cr.spec.Name == name {
			return cr, nil
		}
	}
	return nil, errdefs.NotFoundf("container %q in pod %q not found", name, pod)
}

// RunInContainer runs cmd in the container's directory and environment, with a pty for tty.
func (p *procProvider) RunInContainer(ctx context.Context, ns, pod, container string, argv []string, attach api.AttachIO) error {
	cr, err := p.container(ns, pod, container)
	if err != nil {
		return err
	}
	if len(argv) == 0 {
		return errdefs.InvalidInput("no command")
	}
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir, cmd.Env = cr.dir, cr.env
	// A client's stdin may stay open after the command ended: do not wait for it.
	cmd.WaitDelay = time.Second
	outDone := make(chan struct{})
	if attach.TTY() {
		// As container runtimes do for a terminal.
		cmd.Env = append(append([]string{}, cr.env...), "TERM=xterm")
		f, err := pty.Start(cmd)
		if err != nil {
			return err
		}
		defer f.Close()
		go func() {
			for s := range attach.Resize() {
				_ = pty.Setsize(f, &pty.Winsize{Rows: s.Height, Cols: s.Width})
			}
		}()
		if in := attach.Stdin(); in != nil {
			go func() { _, _ = io.Copy(f, in) }()
		}
		if out := attach.Stdout(); out != nil {
			// Ends with EIO once the command and its children closed the terminal.
			go func() { _, _ = io.Copy(out, f); close(outDone) }()
		} else {
			close(outDone)
		}
	} else {
		close(outDone)
		if in := attach.Stdin(); in != nil {
			cmd.Stdin = in
		}
		if out := attach.Stdout(); out != nil {
			cmd.Stdout = out
		}
		if e := attach.Stderr(); e != nil {
			cmd.Stderr = e
		}
		if err := cmd.Start(); err != nil {
			return err
		}
	}
	err = cmd.Wait()
	if errors.Is(err, exec.ErrWaitDelay) { // the command succeeded; stdin was still open
		err = nil
	}
	select { // the terminal's last output
	case <-outDone:
	case <-time.After(time.Second):
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return utilexec.CodeExitError{Err: err, Code: ee.ExitCode()}
	}
	return err
}

// PortForward connects the stream to the pod's address and port.
func (p *procProvider) PortForward(ctx context.Context, ns, pod string, port int32, stream io.ReadWriteCloser) error {
	p.mu.Lock()
	pr, ok := p.pods[podKey(ns, pod)]
	p.mu.Unlock()
	if !ok {
		return errdefs.NotFoundf("pod %s/%s not found on this node", ns, pod)
	}
	defer stream.Close()
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", net.JoinHostPort(pr.ip, strconv.Itoa(int(port))))
	if err != nil {
		return err
	}
	defer conn.Close()
	errc := make(chan error, 2)
	go func() { _, err := io.Copy(conn, stream); errc <- err }()
	go func() { _, err := io.Copy(stream, conn); errc <- err }()
	select {
	case <-errc:
	case <-ctx.Done():
	}
	return nil
}

type logLine struct {
	ts   time.Time
	raw  string // timestamp as written
	text string
}

// GetContainerLogs serves a container's log as kubelet does: tailLines, sinceSeconds,
// sinceTime, timestamps, limitBytes, previous and follow (new lines until the run ends).
func (p *procProvider) GetContainerLogs(ctx context.Context, ns, pod, container string, opts api.ContainerLogOpts) (io.ReadCloser, error) {
	cr, err := p.container(ns, pod, container)
	if err != nil {
		return nil, err
	}
	cr.mu.Lock()
	run := cr.restarts
	cr.mu.Unlock()
	if opts.Previous {
		run--
		if run < 0 {
			return nil, errdefs.InvalidInputf("previous terminated container %q in pod %q not found", container, pod)
		}
	}
	f, err := os.Open(cr.logPath(run))
	if err != nil {
		if os.IsNotExist(err) {
			return io.NopCloser(strings.NewReader("")), nil
		}
		return nil, err
	}
	var since time.Time
	if opts.SinceSeconds > 0 {
		since = time.Now().Add(-time.Duration(opts.SinceSeconds) * time.Second)
	} else if !opts.SinceTime.IsZero() {
		since = opts.SinceTime
	}
	pr, pw := io.Pipe()
	go func() {
		defer f.Close()
		lr := &logReader{r: bufio.NewReader(f)}
		lines := lr.next(since)
		// virtual-kubelet reads an absent tailLines as 0, so 0 means all lines here.
		if opts.Tail > 0 && len(lines) > opts.Tail {
			lines = lines[len(lines)-opts.Tail:]
		}
		w := &limitWriter{w: pw, left: opts.LimitBytes}
		emit := func(ls []logLine) bool {
			for _, l := range ls {
				s := l.text + "\n"
				if opts.Timestamps {
					s = l.raw + " " + s
				}
				if _, err := io.WriteString(w, s); err != nil {
					return false
				}
			}
			return true
		}
		if !emit(lines) || !opts.Follow || opts.Previous {
			pw.CloseWithError(nil)
			return
		}
		for {
			select {
			case <-ctx.Done(): // the client went away
				pw.Close()
				return
			case <-time.After(200 * time.Millisecond):
			}
			cr.mu.Lock()
			ended := cr.restarts != run || !cr.running
			cr.mu.Unlock()
			if !emit(lr.next(since)) {
				pw.Close()
				return
			}
			if ended {
				emit(lr.next(since))
				pw.Close()
				return
			}
		}
	}()
	return pr, nil
}

type logReader struct {
	r       *bufio.Reader
	pending string // an incomplete last line (written while we read)
	partial strings.Builder
	praw    string
}

// next returns the complete lines read since the last call (P parts joined), those before
// since left out.
func (lr *logReader) next(since time.Time) []logLine {
	var out []logLine
	for {
		s, err := lr.r.ReadString('\n')
		if err != nil {
			lr.pending += s
			return out
		}
		s = strings.TrimSuffix(lr.pending+s, "\n")
		lr.pending = ""
		parts := strings.SplitN(s, " ", 4)
		if len(parts) < 3 {
			continue
		}
		text := ""
		if len(parts) == 4 {
			text = parts[3]
		}
		if lr.partial.Len() == 0 {
			lr.praw = parts[0]
		}
		lr.partial.WriteString(text)
		if parts[2] == "P" {
			continue
		}
		ts, _ := time.Parse(time.RFC3339Nano, lr.praw)
		l := logLine{ts: ts, raw: lr.praw, text: lr.partial.String()}
		lr.partial.Reset()
		if !since.IsZero() && ts.Before(since) {
			continue
		}
		out = append(out, l)
	}
}

type limitWriter struct {
	w    io.Writer
	left int // 0: no limit
	used int
}

func (l *limitWriter) Write(b []byte) (int, error) {
	if l.left > 0 {
		room := l.left - l.used
		if room <= 0 {
			return 0, io.EOF
		}
		if len(b) > room {
			n, _ := l.w.Write(b[:room])
			l.used += n
			return n, io.EOF
		}
	}
	n, err := l.w.Write(b)
	l.used += n
	return n, err
}
