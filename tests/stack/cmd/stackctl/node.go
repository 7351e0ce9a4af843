package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"time"

	vklog "github.com/virtual-kubelet/virtual-kubelet/log"
	"github.com/virtual-kubelet/virtual-kubelet/log/klogv2"
	"github.com/virtual-kubelet/virtual-kubelet/node"
	"github.com/virtual-kubelet/virtual-kubelet/node/api"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/fields"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/client-go/informers"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/kubernetes/scheme"
	typedcorev1 "k8s.io/client-go/kubernetes/typed/core/v1"
	"k8s.io/client-go/tools/cache"
	"k8s.io/client-go/tools/record"
	"k8s.io/component-base/version"
	"k8s.io/kubernetes/pkg/controller/deployment"
	"k8s.io/kubernetes/pkg/controller/replicaset"
	"k8s.io/kubernetes/pkg/controller/serviceaccount"
)

// cmdNode runs the workload cluster's one node: virtual-kubelet's node and pod controllers with
// procProvider (containers as local processes), its kubelet API (logs, exec, port-forward) on
// HTTPS, and what a cluster's control plane would add for pods to appear and go: the real
// Deployment, ReplicaSet, ServiceAccount, garbage collector and namespace controllers of
// k8s.io/kubernetes, and in place of
// kube-scheduler a binder that assigns every unscheduled pod to this node (one node: nothing
// to choose).
func cmdNode(args []string) error {
	fs := flag.NewFlagSet("node", flag.ExitOnError)
	runDir := fs.String("run-dir", "", "run directory (pki/ inside; node state in node/)")
	kubeconfig := fs.String("kubeconfig", "", "admin kubeconfig of the workload API server")
	port := fs.Int("port", 0, "kubelet API port on 127.0.0.1")
	name := fs.String("name", "stack-node", "node name")
	_ = fs.Parse(args)
	if *runDir == "" || *kubeconfig == "" || *port == 0 {
		return errors.New("--run-dir, --kubeconfig and --port are required")
	}
	p := pki{filepath.Join(*runDir, "pki")}
	stateDir := filepath.Join(*runDir, "node")
	if err := os.MkdirAll(stateDir, 0o755); err != nil {
		return err
	}
	killLeftovers(stateDir)
	vklog.L = klogv2.New(nil)

	cfg, err := loadConfig(*kubeconfig)
	if err != nil {
		return err
	}
	cfg.UserAgent = "scs-stack-node"
	client, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		return err
	}
	ctx, cancel := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer cancel()

	broadcaster := record.NewBroadcaster(record.WithContext(ctx))
	broadcaster.StartRecordingToSink(&typedcorev1.EventSinkImpl{Interface: client.CoreV1().Events("")})
	defer broadcaster.Shutdown()

	// --- control plane: the real controllers a Deployment needs ---------------------------
	all := informers.NewSharedInformerFactory(client, 0)
	dc, err := deployment.NewDeploymentController(ctx, all.Apps().V1().Deployments(),
		all.Apps().V1().ReplicaSets(), all.Core().V1().Pods(), client)
	if err != nil {
		return err
	}
	rsc := replicaset.NewReplicaSetController(ctx, all.Apps().V1().ReplicaSets(), all.Core().V1().Pods(),
		client, replicaset.BurstReplicas)
	sac, err := serviceaccount.NewServiceAccountsController(all.Core().V1().ServiceAccounts(),
		all.Core().V1().Namespaces(), client, serviceaccount.DefaultServiceAccountsControllerOptions())
	if err != nil {
		return err
	}
	startLifecycle, err := lifecycleControllers(ctx, cfg, client, all)
	if err != nil {
		return err
	}
	schedRecorder := broadcaster.NewRecorder(scheme.Scheme, corev1.EventSource{Component: "default-scheduler"})
	all.Core().V1().Pods().Informer().AddEventHandler(cache.ResourceEventHandlerFuncs{
		AddFunc:    func(o any) { bindPod(ctx, client, schedRecorder, *name, o) },
		UpdateFunc: func(_, o any) { bindPod(ctx, client, schedRecorder, *name, o) },
	})

	// --- the node ---------------------------------------------------------------------------
	mine := informers.NewSharedInformerFactoryWithOptions(client, 0,
		informers.WithTweakListOptions(func(o *metav1.ListOptions) {
			o.FieldSelector = fields.OneTermEqualSelector("spec.nodeName", *name).String()
		}))
	// virtual-kubelet resolves the downward API before the pod has an address and refuses
	// status.* fields; the cache hands them on as markers that procProvider resolves.
	if err := mine.Core().V1().Pods().Informer().SetTransform(markStatusFieldRefs); err != nil {
		return err
	}
	kubeletRecorder := broadcaster.NewRecorder(scheme.Scheme, corev1.EventSource{Component: "kubelet", Host: *name})
	provider := newProcProvider(stateDir, *name, *port)
	provider.recorder = kubeletRecorder
	pc, err := node.NewPodController(node.PodControllerConfig{
		PodClient:         client.CoreV1(),
		PodInformer:       mine.Core().V1().Pods(),
		EventRecorder:     kubeletRecorder,
		Provider:          provider,
		ConfigMapInformer: all.Core().V1().ConfigMaps(),
		SecretInformer:    all.Core().V1().Secrets(),
		ServiceInformer:   all.Core().V1().Services(),
	})
	if err != nil {
		return err
	}
	nc, err := node.NewNodeController(node.NaiveNodeProvider{}, nodeObject(*name, *port), client.CoreV1().Nodes(),
		node.WithNodeEnableLeaseV1(client.CoordinationV1().Leases(corev1.NamespaceNodeLease), 0))
	if err != nil {
		return err
	}

	// --- kubelet API ------------------------------------------------------------------------
	caPEM, err := os.ReadFile(p.path("kubelet-client-ca.crt"))
	if err != nil {
		return err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(caPEM)
	cert, err := tls.LoadX509KeyPair(p.path("server.crt"), p.path("server.key"))
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	api.AttachPodRoutes(api.PodHandlerConfig{
		RunInContainer:   provider.RunInContainer,
		PortForward:      provider.PortForward,
		GetContainerLogs: provider.GetContainerLogs,
		GetPods:          provider.GetPods,
		GetPodsFromKubernetes: func(context.Context) ([]*corev1.Pod, error) {
			return mine.Core().V1().Pods().Lister().List(labels.Everything())
		},
		StreamIdleTimeout:     4 * time.Hour,
		StreamCreationTimeout: 30 * time.Second,
	}, mux, false)
	mux.Handle("/portForward/", portForwardHandler(provider, 4*time.Hour, 30*time.Second))
	srv := &http.Server{Handler: mux, TLSConfig: &tls.Config{Certificates: []tls.Certificate{cert},
		ClientCAs: pool, ClientAuth: tls.RequireAndVerifyClientCert, MinVersion: tls.VersionTLS12}}
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(*port)))
	if err != nil {
		return err
	}
	go func() { _ = srv.ServeTLS(ln, "", "") }()

	all.Start(ctx.Done())
	mine.Start(ctx.Done())
	go dc.Run(ctx, 2)
	go rsc.Run(ctx, 2)
	go sac.Run(ctx, 1)
	startLifecycle()
	go func() {
		if err := nc.Run(ctx); err != nil && ctx.Err() == nil {
			fmt.Fprintf(os.Stderr, "node: node controller: %v\n", err)
			cancel()
		}
	}()
	go func() {
		if err := pc.Run(ctx, 4); err != nil && ctx.Err() == nil {
			fmt.Fprintf(os.Stderr, "node: pod controller: %v\n", err)
			cancel()
		}
	}()
	fmt.Fprintf(os.Stderr, "node %s: kubelet API on https://127.0.0.1:%d, pod addresses %s0/24, state in %s\n",
		*name, *port, provider.subnet, stateDir)
	<-ctx.Done()
	fmt.Fprintf(os.Stderr, "node %s: stopping its containers\n", *name)
	shut, done := context.WithTimeout(context.Background(), 2*time.Second)
	defer done()
	_ = srv.Shutdown(shut)
	provider.stopAll()
	return nil
}

func nodeObject(name string, port int) *corev1.Node {
	now := metav1.Now()
	mem := int64(8 << 30)
	if total := totalMemory(); total > 0 {
		mem = total
	}
	capacity := corev1.ResourceList{
		corev1.ResourceCPU:    *resource.NewQuantity(int64(runtime.NumCPU()), resource.DecimalSI),
		corev1.ResourceMemory: *resource.NewQuantity(mem, resource.BinarySI),
		corev1.ResourcePods:   resource.MustParse("110"),
	}
	condition := func(t corev1.NodeConditionType, s corev1.ConditionStatus, reason, msg string) corev1.NodeCondition {
		return corev1.NodeCondition{Type: t, Status: s, Reason: reason, Message: msg,
			LastHeartbeatTime: now, LastTransitionTime: now}
	}
	return &corev1.Node{
		ObjectMeta: metav1.ObjectMeta{Name: name, Labels: map[string]string{
			"kubernetes.io/hostname": name,
			"kubernetes.io/os":       "linux",
			"kubernetes.io/arch":     runtime.GOARCH,
			"type":                   "virtual-kubelet",
		}},
		Spec: corev1.NodeSpec{PodCIDR: fmt.Sprintf("127.%d.%d.0/24", port>>8, port&0xff)},
		Status: corev1.NodeStatus{
			Capacity:    capacity,
			Allocatable: capacity,
			Phase:       corev1.NodeRunning,
			Conditions: []corev1.NodeCondition{
				condition(corev1.NodeReady, corev1.ConditionTrue, "KubeletReady", "kubelet is posting ready status"),
				condition(corev1.NodeMemoryPressure, corev1.ConditionFalse, "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
				condition(corev1.NodeDiskPressure, corev1.ConditionFalse, "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
				condition(corev1.NodePIDPressure, corev1.ConditionFalse, "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
			},
			Addresses: []corev1.NodeAddress{
				{Type: corev1.NodeInternalIP, Address: "127.0.0.1"},
				{Type: corev1.NodeHostName, Address: name},
			},
			DaemonEndpoints: corev1.NodeDaemonEndpoints{KubeletEndpoint: corev1.DaemonEndpoint{Port: int32(port)}},
			NodeInfo: corev1.NodeSystemInfo{
				KubeletVersion:          version.Get().GitVersion,
				OperatingSystem:         "linux",
				Architecture:            runtime.GOARCH,
				ContainerRuntimeVersion: "process://stackctl",
			},
		},
	}
}

func totalMemory() int64 {
	var info syscall.Sysinfo_t
	if err := syscall.Sysinfo(&info); err != nil {
		return 0
	}
	return int64(info.Totalram) * int64(info.Unit)
}

// bindPod assigns an unscheduled pod to the node, as kube-scheduler would with one node.
func bindPod(ctx context.Context, client kubernetes.Interface, rec record.EventRecorder, nodeName string, o any) {
	pod, ok := o.(*corev1.Pod)
	if !ok || pod.Spec.NodeName != "" || pod.DeletionTimestamp != nil ||
		(pod.Spec.SchedulerName != "" && pod.Spec.SchedulerName != corev1.DefaultSchedulerName) {
		return
	}
	err := client.CoreV1().Pods(pod.Namespace).Bind(ctx, &corev1.Binding{
		ObjectMeta: metav1.ObjectMeta{Name: pod.Name, Namespace: pod.Namespace, UID: pod.UID},
		Target:     corev1.ObjectReference{Kind: "Node", Name: nodeName},
	}, metav1.CreateOptions{})
	if err != nil {
		return // already bound (a second event) or gone
	}
	rec.Eventf(pod, corev1.EventTypeNormal, "Scheduled", "Successfully assigned %s/%s to %s", pod.Namespace, pod.Name, nodeName)
}

// statusRefMarker starts an env value that stands for a status field of the downward API; a NUL
// cannot be in a real environment value.
const statusRefMarker = "\x00fieldRef:"

func markStatusFieldRefs(obj any) (any, error) {
	pod, ok := obj.(*corev1.Pod)
	if !ok {
		return obj, nil
	}
	for _, cs := range [][]corev1.Container{pod.Spec.InitContainers, pod.Spec.Containers} {
		for i := range cs {
			for j := range cs[i].Env {
				e := &cs[i].Env[j]
				if e.ValueFrom == nil || e.ValueFrom.FieldRef == nil {
					continue
				}
				switch path := e.ValueFrom.FieldRef.FieldPath; path {
				case "status.podIP", "status.podIPs", "status.hostIP", "status.hostIPs":
					e.Value, e.ValueFrom = statusRefMarker+path, nil
				}
			}
		}
	}
	return pod, nil
}
