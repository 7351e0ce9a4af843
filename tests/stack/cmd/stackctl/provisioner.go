package main

import (
	"context"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/client-go/dynamic"
	"k8s.io/client-go/dynamic/dynamicinformer"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/kubernetes/scheme"
	typedcorev1 "k8s.io/client-go/kubernetes/typed/core/v1"
	"k8s.io/client-go/tools/cache"
	"k8s.io/client-go/tools/record"
	"k8s.io/client-go/util/workqueue"
)

// The simulated provisioner does to .status what Crossplane and the Cluster API controllers
// would do, on a clock: every stage lasts one step (SCS_STACK_PROVISION_STEP, default 2s).
// Progress is derived from the objects themselves (phase, conditions and their
// lastTransitionTime), so a restarted provisioner continues where it stopped.
//
//	claim:        "" -> Provisioning (Synced=False, Ready=False) -> Synced=True
//	                 -> Provisioned (Ready=True, connection secret written)
//	CAPI Cluster: "" -> Pending -> Provisioning (InfrastructureReady)
//	                 -> ControlPlaneInitialized (kubeconfig Secret, MachineDeployments)
//	                 -> Provisioned (ControlPlaneReady, Ready, workers ready)
//	deletion:     finalizer held, phase Deleting for SCS_STACK_DELETE_DELAY (default 2s),
//	              owned objects removed, finalizer dropped.

const (
	claimFinalizer = "finalizer.apiextensions.crossplane.io"
	capiFinalizer  = "cluster.cluster.x-k8s.io"
	endpointAnno   = "scs.community/workload-endpoint"
)

var (
	claimGVRs = []schema.GroupVersionResource{
		{Group: "api.scs.community", Version: "v1alpha1", Resource: "clusters"},
		{Group: "api.scs.community", Version: "v1alpha1", Resource: "instancev2s"},
		{Group: "api.scs.community", Version: "v1alpha1", Resource: "keypairv2s"},
		{Group: "api.scs.community", Version: "v1alpha1", Resource: "networkv2s"},
	}
)

type objKey struct {
	gvr       schema.GroupVersionResource
	namespace string
	name      string
}

type provisioner struct {
	dyn      dynamic.Interface
	kube     kubernetes.Interface
	recorder record.EventRecorder
	queue    workqueue.TypedRateLimitingInterface[objKey]
	capi     capiGVRs
	step     time.Duration
	delDelay time.Duration

	workloadURL  string
	workloadHost string
	workloadPort int64
	caPEM        []byte
	clientCA     *x509.Certificate
	clientCAKey  any
}

func envDuration(name string, def time.Duration) (time.Duration, error) {
	v := os.Getenv(name)
	if v == "" {
		return def, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		return 0, fmt.Errorf("%s=%q: %w", name, v, err)
	}
	return d, nil
}

func cmdProvisioner(args []string) error {
	fs := flag.NewFlagSet("provisioner", flag.ExitOnError)
	kubeconfig := fs.String("kubeconfig", "", "admin kubeconfig of the central API server")
	runDir := fs.String("run-dir", "", "run directory (pki/ inside)")
	workloadURL := fs.String("workload-url", "", "URL of the workload API server")
	_ = fs.Parse(args)
	if *kubeconfig == "" || *runDir == "" || *workloadURL == "" {
		return errors.New("--kubeconfig, --run-dir and --workload-url are required")
	}
	step, err := envDuration("SCS_STACK_PROVISION_STEP", 2*time.Second)
	if err != nil {
		return err
	}
	delDelay, err := envDuration("SCS_STACK_DELETE_DELAY", 2*time.Second)
	if err != nil {
		return err
	}
	capiVersion, err := capiVersionFromEnv()
	if err != nil {
		return err
	}
	u, err := url.Parse(*workloadURL)
	if err != nil {
		return err
	}
	port, err := strconv.ParseInt(u.Port(), 10, 32)
	if err != nil {
		return fmt.Errorf("workload URL %q: %w", *workloadURL, err)
	}
	p := pki{filepath.Join(*runDir, "pki")}
	caPEM, err := os.ReadFile(p.path("ca.crt"))
	if err != nil {
		return err
	}
	clientCA, clientCAKey, err := loadPair(p.path("workload-client-ca.crt"), p.path("workload-client-ca.key"))
	if err != nil {
		return err
	}
	cfg, err := loadConfig(*kubeconfig)
	if err != nil {
		return err
	}
	cfg.UserAgent = "scs-stack-provisioner"
	dyn, err := dynamic.NewForConfig(cfg)
	if err != nil {
		return err
	}
	kube, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		return err
	}
	bc := record.NewBroadcaster()
	bc.StartRecordingToSink(&typedcorev1.EventSinkImpl{Interface: kube.CoreV1().Events("")})
	defer bc.Shutdown()

	pr := &provisioner{
		dyn: dyn, kube: kube,
		recorder:     bc.NewRecorder(scheme.Scheme, corev1.EventSource{Component: "scs-provisioner"}),
		queue:        workqueue.NewTypedRateLimitingQueue(workqueue.DefaultTypedControllerRateLimiter[objKey]()),
		capi:         newCapiGVRs(capiVersion),
		step:         step,
		delDelay:     delDelay,
		workloadURL:  *workloadURL,
		workloadHost: u.Hostname(),
		workloadPort: port,
		caPEM:        caPEM,
		clientCA:     clientCA,
		clientCAKey:  clientCAKey,
	}
	ctx, cancel := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer cancel()

	factory := dynamicinformer.NewDynamicSharedInformerFactory(dyn, 10*time.Minute)
	watched := append([]schema.GroupVersionResource{pr.capi.cluster, clusterStackGVR, releaseGVR}, claimGVRs...)
	for _, gvr := range watched {
		gvr := gvr
		enqueue := func(obj any) {
			if d, ok := obj.(cache.DeletedFinalStateUnknown); ok {
				obj = d.Obj
			}
			if m, ok := obj.(metav1.Object); ok {
				pr.queue.Add(objKey{gvr, m.GetNamespace(), m.GetName()})
			}
		}
		_, _ = factory.ForResource(gvr).Informer().AddEventHandler(cache.ResourceEventHandlerFuncs{
			AddFunc:    enqueue,
			UpdateFunc: func(_, n any) { enqueue(n) },
		})
	}
	factory.Start(ctx.Done())
	for gvr, ok := range factory.WaitForCacheSync(ctx.Done()) {
		if !ok {
			return fmt.Errorf("informer for %s did not sync", gvr)
		}
	}
	fmt.Fprintf(os.Stderr, "provisioner: running (step %s, delete delay %s, workload %s, Cluster API %s)\n", step, delDelay, *workloadURL, capiVersion)
	for i := 0; i < 2; i++ {
		go pr.worker(ctx)
	}
	go runNamespaceFinalizer(ctx, kube, dyn)
	<-ctx.Done()
	pr.queue.ShutDown()
	fmt.Fprintln(os.Stderr, "provisioner: stopped")
	return nil
}

func (pr *provisioner) worker(ctx context.Context) {
	for {
		k, quit := pr.queue.Get()
		if quit {
			return
		}
		after, err := pr.reconcile(ctx, k)
		switch {
		case err != nil:
			if !apierrors.IsConflict(err) {
				fmt.Fprintf(os.Stderr, "provisioner: %s %s/%s: %v\n", k.gvr.Resource, k.namespace, k.name, err)
			}
			pr.queue.AddRateLimited(k)
		case after > 0:
			pr.queue.Forget(k)
			pr.queue.AddAfter(k, after)
		default:
			pr.queue.Forget(k)
		}
		pr.queue.Done(k)
	}
}

func (pr *provisioner) reconcile(ctx context.Context, k objKey) (time.Duration, error) {
	ri := pr.dyn.Resource(k.gvr).Namespace(k.namespace)
	obj, err := ri.Get(ctx, k.name, metav1.GetOptions{})
	if apierrors.IsNotFound(err) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	switch k.gvr {
	case pr.capi.cluster:
		return pr.reconcileCAPI(ctx, ri, obj)
	case clusterStackGVR:
		return pr.reconcileClusterStack(ctx, obj)
	case releaseGVR:
		return pr.reconcileRelease(ctx, obj)
	}
	return pr.reconcileClaim(ctx, ri, obj)
}

// --- conditions -------------------------------------------------------------------------

func now() string { return time.Now().UTC().Format(time.RFC3339) }

func conditions(obj *unstructured.Unstructured) []any {
	c, _, _ := unstructured.NestedSlice(obj.Object, "status", "conditions")
	return c
}

func condition(obj *unstructured.Unstructured, typ string) map[string]any {
	for _, c := range conditions(obj) {
		if m, ok := c.(map[string]any); ok && m["type"] == typ {
			return m
		}
	}
	return nil
}

func condTrue(obj *unstructured.Unstructured, typ string) bool {
	c := condition(obj, typ)
	return c != nil && c["status"] == "True"
}

// setCondition sets a condition, keeping lastTransitionTime when the status does not change.
func setCondition(obj *unstructured.Unstructured, typ, status, reason, message string, extra map[string]any) {
	conds := conditions(obj)
	c := map[string]any{"type": typ, "status": status, "lastTransitionTime": now()}
	if reason != "" {
		c["reason"] = reason
	}
	if message != "" {
		c["message"] = message
	}
	for k, v := range extra {
		c[k] = v
	}
	for i, old := range conds {
		if m, ok := old.(map[string]any); ok && m["type"] == typ {
			if m["status"] == status {
				c["lastTransitionTime"] = m["lastTransitionTime"]
			}
			conds[i] = c
			_ = unstructured.SetNestedSlice(obj.Object, conds, "status", "conditions")
			return
		}
	}
	_ = unstructured.SetNestedSlice(obj.Object, append(conds, c), "status", "conditions")
}

// remaining tells how much of the current stage's step is left, measured from the newest
// lastTransitionTime among the given conditions.
func remaining(obj *unstructured.Unstructured, step time.Duration, types ...string) time.Duration {
	var newest time.Time
	for _, t := range types {
		if c := condition(obj, t); c != nil {
			if ts, err := time.Parse(time.RFC3339, fmt.Sprint(c["lastTransitionTime"])); err == nil && ts.After(newest) {
				newest = ts
			}
		}
	}
	// lastTransitionTime has second precision, so a stage may end up to a second early.
	left := time.Until(newest.Add(step))
	if left > step {
		left = step
	}
	return left
}

func phase(obj *unstructured.Unstructured) string {
	p, _, _ := unstructured.NestedString(obj.Object, "status", "phase")
	return p
}

func hasFinalizer(obj *unstructured.Unstructured, f string) bool {
	for _, x := range obj.GetFinalizers() {
		if x == f {
			return true
		}
	}
	return false
}

func (pr *provisioner) event(obj runtime.Object, warning bool, reason, format string, args ...any) {
	t := corev1.EventTypeNormal
	if warning {
		t = corev1.EventTypeWarning
	}
	pr.recorder.Eventf(obj, t, reason, format, args...)
}

func randomID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	h := hex.EncodeToString(b)
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}

// --- deletion ---------------------------------------------------------------------------

// handleDeletion runs the Deleting phase; cleanup removes what the object owns.
func (pr *provisioner) handleDeletion(ctx context.Context, ri dynamic.ResourceInterface, obj *unstructured.Unstructured,
	finalizer string, cleanup func() error) (time.Duration, error) {
	if !hasFinalizer(obj, finalizer) {
		return 0, nil
	}
	if phase(obj) != "Deleting" {
		_ = unstructured.SetNestedField(obj.Object, "Deleting", "status", "phase")
		if obj.GetAPIVersion() == pr.capi.cluster.GroupVersion().String() {
			setCondition(obj, "Ready", "False", "Deleting", "Cluster is being deleted", map[string]any{"severity": "Info"})
		} else {
			setCondition(obj, "Ready", "False", "Deleting", "Deleting the external resource", nil)
		}
		if _, err := ri.UpdateStatus(ctx, obj, metav1.UpdateOptions{}); err != nil {
			return 0, err
		}
		pr.event(obj, false, "Deleting", "Deleting %s %s", obj.GetKind(), obj.GetName())
		return pr.delDelay, nil
	}
	if left := time.Until(obj.GetDeletionTimestamp().Add(pr.delDelay)); left > 0 {
		return left, nil
	}
	if err := cleanup(); err != nil {
		return 0, err
	}
	var keep []string
	for _, f := range obj.GetFinalizers() {
		if f != finalizer {
			keep = append(keep, f)
		}
	}
	obj.SetFinalizers(keep)
	if _, err := ri.Update(ctx, obj, metav1.UpdateOptions{}); err != nil {
		return 0, err
	}
	pr.event(obj, false, "Deleted", "%s %s deleted", obj.GetKind(), obj.GetName())
	return 0, nil
}

func (pr *provisioner) addFinalizer(ctx context.Context, ri dynamic.ResourceInterface, obj *unstructured.Unstructured, f string) error {
	obj.SetFinalizers(append(obj.GetFinalizers(), f))
	_, err := ri.Update(ctx, obj, metav1.UpdateOptions{})
	return err
}

// --- claims (api.scs.community) -----------------------------------------------------------

func (pr *provisioner) reconcileClaim(ctx context.Context, ri dynamic.ResourceInterface, obj *unstructured.Unstructured) (time.Duration, error) {
	kind := obj.GetKind()
	if obj.GetDeletionTimestamp() != nil {
		return pr.handleDeletion(ctx, ri, obj, claimFinalizer, func() error {
			if err := pr.deleteComposite(ctx, obj); err != nil {
				return err
			}
			name, _, _ := unstructured.NestedString(obj.Object, "spec", "writeConnectionSecretToRef", "name")
			if name == "" {
				return nil
			}
			err := pr.kube.CoreV1().Secrets(obj.GetNamespace()).Delete(ctx, name, metav1.DeleteOptions{})
			if apierrors.IsNotFound(err) {
				return nil
			}
			return err
		})
	}
	if !hasFinalizer(obj, claimFinalizer) {
		return 0, pr.addFinalizer(ctx, ri, obj, claimFinalizer)
	}
	switch {
	case phase(obj) == "":
		_ = unstructured.SetNestedField(obj.Object, "Provisioning", "status", "phase")
		setCondition(obj, "Synced", "False", "ReconcilePending", "Waiting for the composite resource to be bound", nil)
		setCondition(obj, "Ready", "False", "Creating", "", nil)
		if _, err := ri.UpdateStatus(ctx, obj, metav1.UpdateOptions{}); err != nil {
			return 0, err
		}
		pr.event(obj, false, "Provisioning", "Provisioning %s %s", kind, obj.GetName())
		return pr.step, nil
	case phase(obj) == "Provisioning" && !condTrue(obj, "Synced"):
		if left := remaining(obj, pr.step, "Synced"); left > 0 {
			return left, nil
		}
		// Crossplane binds the claim to a composite resource named after it.
		composite := compositeName(obj)
		if _, found, _ := unstructured.NestedMap(obj.Object, "spec", "resourceRef"); !found {
			_ = unstructured.SetNestedMap(obj.Object, map[string]any{
				"apiVersion": "api.scs.community/v1alpha1", "kind": "X" + kind, "name": composite,
			}, "spec", "resourceRef")
			updated, err := ri.Update(ctx, obj, metav1.UpdateOptions{})
			if err != nil {
				return 0, err
			}
			obj = updated
		}
		setCondition(obj, "Synced", "True", "ReconcileSuccess", "", nil)
		_ = unstructured.SetNestedField(obj.Object, obj.GetGeneration(), "status", "observedGeneration")
		if _, err := ri.UpdateStatus(ctx, obj, metav1.UpdateOptions{}); err != nil {
			return 0, err
		}
		if err := pr.ensureComposite(ctx, obj); err != nil {
			return 0, err
		}
		pr.event(obj, false, "BindCompositeResource", "Successfully bound composite resource")
		return pr.step, nil
	case phase(obj) == "Provisioning":
		if left := remaining(obj, pr.step, "Synced"); left > 0 {
			return left, nil
		}
		if err := pr.claimProvisioned(ctx, obj); err != nil {
			return 0, err
		}
		if err := pr.compositeReady(ctx, obj); err != nil {
			return 0, err
		}
		_ = unstructured.SetNestedField(obj.Object, "Provisioned", "status", "phase")
		setCondition(obj, "Ready", "True", "Available", "", nil)
		if _, err := ri.UpdateStatus(ctx, obj, metav1.UpdateOptions{}); err != nil {
			return 0, err
		}
		pr.event(obj, false, "Provisioned", "%s %s is ready", kind, obj.GetName())
		return 0, nil
	case phase(obj) == "Provisioned":
		og, _, _ := unstructured.NestedInt64(obj.Object, "status", "observedGeneration")
		if og != obj.GetGeneration() {
			if err := pr.claimProvisioned(ctx, obj); err != nil {
				return 0, err
			}
			_ = unstructured.SetNestedField(obj.Object, obj.GetGeneration(), "status", "observedGeneration")
			setCondition(obj, "Synced", "True", "ReconcileSuccess", "", nil)
			if _, err := ri.UpdateStatus(ctx, obj, metav1.UpdateOptions{}); err != nil {
				return 0, err
			}
			pr.event(obj, false, "Updated", "Applied the changed spec of %s %s", kind, obj.GetName())
			return 0, nil
		}
		// Claims bound before composites existed here get theirs.
		if xname, _, _ := unstructured.NestedString(obj.Object, "spec", "resourceRef", "name"); xname != "" {
			if _, err := pr.dyn.Resource(compositeGVR(kind)).Get(ctx, xname, metav1.GetOptions{}); apierrors.IsNotFound(err) {
				if err := pr.compositeReady(ctx, obj); err != nil {
					return 0, err
				}
			}
		}
		return 0, pr.ensureConnectionSecret(ctx, obj, false)
	}
	return 0, nil
}

// claimProvisioned fills status.atProvider (or the Cluster claim's version and endpoint) and
// writes the connection secret.
func (pr *provisioner) claimProvisioned(ctx context.Context, obj *unstructured.Unstructured) error {
	switch obj.GetKind() {
	case "Cluster":
		v, _, _ := unstructured.NestedString(obj.Object, "spec", "version")
		patch := map[string]string{"1.31": "v1.31.13", "1.32": "v1.32.9", "1.33": "v1.33.5", "1.34": "v1.34.1"}
		_ = unstructured.SetNestedField(obj.Object, patch[v], "status", "version")
		_ = unstructured.SetNestedMap(obj.Object, map[string]any{"host": pr.workloadHost, "port": pr.workloadPort},
			"status", "controlPlaneEndpoint")
	case "InstanceV2":
		if _, found, _ := unstructured.NestedString(obj.Object, "status", "atProvider", "id"); !found {
			_ = unstructured.SetNestedMap(obj.Object, map[string]any{
				"id": randomID(), "accessIpV4": "192.0.2." + strconv.Itoa(10+int(obj.GetUID()[0])%200), "powerState": "active",
			}, "status", "atProvider")
		}
	case "KeypairV2":
		if _, found, _ := unstructured.NestedString(obj.Object, "status", "atProvider", "id"); !found {
			_ = unstructured.SetNestedMap(obj.Object, map[string]any{
				"id": obj.GetName(), "fingerprint": "SHA256:" + strings.ReplaceAll(randomID(), "-", "")[:27],
			}, "status", "atProvider")
		}
	case "NetworkV2":
		if _, found, _ := unstructured.NestedString(obj.Object, "status", "atProvider", "id"); !found {
			_ = unstructured.SetNestedMap(obj.Object, map[string]any{"id": randomID(), "status": "ACTIVE"}, "status", "atProvider")
		}
	}
	_ = unstructured.SetNestedField(obj.Object, now(), "status", "connectionDetails", "lastPublishedTime")
	return pr.ensureConnectionSecret(ctx, obj, true)
}

func (pr *provisioner) ensureConnectionSecret(ctx context.Context, obj *unstructured.Unstructured, force bool) error {
	name, _, _ := unstructured.NestedString(obj.Object, "spec", "writeConnectionSecretToRef", "name")
	if name == "" {
		return nil
	}
	data := map[string][]byte{}
	if obj.GetKind() == "Cluster" {
		kc, err := pr.workloadKubeconfig(obj.GetNamespace(), obj.GetName())
		if err != nil {
			return err
		}
		data["kubeconfig"] = kc
		data["server"] = []byte(pr.workloadURL)
		data["ca.crt"] = pr.caPEM
	} else {
		id, _, _ := unstructured.NestedString(obj.Object, "status", "atProvider", "id")
		data["id"] = []byte(id)
	}
	return pr.ensureSecret(ctx, obj, name, "connection.crossplane.io/v1alpha1", nil, data, force)
}

// --- Cluster API clusters (see topology.go) ---------------------------------------------

func ownerRef(obj *unstructured.Unstructured) metav1.OwnerReference {
	t := true
	return metav1.OwnerReference{APIVersion: obj.GetAPIVersion(), Kind: obj.GetKind(), Name: obj.GetName(), UID: obj.GetUID(), Controller: &t}
}

func (pr *provisioner) ensureCAPIKubeconfig(ctx context.Context, obj *unstructured.Unstructured, force bool) error {
	kc, err := pr.workloadKubeconfig(obj.GetNamespace(), obj.GetName())
	if err != nil {
		return err
	}
	return pr.ensureSecret(ctx, obj, obj.GetName()+"-kubeconfig", "cluster.x-k8s.io/secret",
		map[string]string{"cluster.x-k8s.io/cluster-name": obj.GetName()}, map[string][]byte{"value": kc}, force)
}

// ensureSecret creates or refreshes a secret owned by obj. It is rewritten when force is set or
// when it points at another workload endpoint (ports may change between stack starts).
func (pr *provisioner) ensureSecret(ctx context.Context, owner *unstructured.Unstructured, name, typ string,
	labels map[string]string, data map[string][]byte, force bool) error {
	secrets := pr.kube.CoreV1().Secrets(owner.GetNamespace())
	old, err := secrets.Get(ctx, name, metav1.GetOptions{})
	if err != nil && !apierrors.IsNotFound(err) {
		return err
	}
	if err == nil && !force && old.Annotations[endpointAnno] == pr.workloadURL {
		return nil
	}
	s := &corev1.Secret{
		ObjectMeta: metav1.ObjectMeta{
			Name: name, Namespace: owner.GetNamespace(), Labels: labels,
			Annotations:     map[string]string{endpointAnno: pr.workloadURL},
			OwnerReferences: []metav1.OwnerReference{ownerRef(owner)},
		},
		Type: corev1.SecretType(typ),
		Data: data,
	}
	if err == nil {
		s.ResourceVersion = old.ResourceVersion
		_, err = secrets.Update(ctx, s, metav1.UpdateOptions{})
		return err
	}
	_, err = secrets.Create(ctx, s, metav1.CreateOptions{})
	return err
}

// workloadKubeconfig issues a cluster-admin client certificate of the workload API server, as
// Cluster API's <name>-kubeconfig secret holds one.
func (pr *provisioner) workloadKubeconfig(namespace, name string) ([]byte, error) {
	k := newECKey()
	tmpl := &x509.Certificate{
		SerialNumber: serial(),
		Subject:      pkix.Name{CommonName: "kubernetes-admin:" + namespace + "/" + name, Organization: []string{"system:masters"}},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().AddDate(1, 0, 0),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, pr.clientCA, k.Public(), pr.clientCAKey)
	if err != nil {
		return nil, err
	}
	kder, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		return nil, err
	}
	return kubeconfigYAML(name, pr.workloadURL, pr.caPEM, name+"-admin",
		pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: kder})), nil
}
