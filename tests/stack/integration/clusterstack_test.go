package integration

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/dynamic"
	"k8s.io/client-go/rest"
	"k8s.io/client-go/tools/clientcmd"
)

// The Cluster Stack model of the stack (README "The provisioner"): releases and classes from
// ClusterStacks, a topology's objects with moving conditions, rolling upgrades, and the
// Crossplane objects behind a claim.

const tenant = "tenant-a"

func capiVersion() string {
	if v := env["SCS_CAPI_VERSION"]; v != "" {
		return v
	}
	return "v1beta1"
}

func gvr(group, version, resource string) schema.GroupVersionResource {
	return schema.GroupVersionResource{Group: group, Version: version, Resource: resource}
}

var (
	stacksGVR   = gvr("clusterstack.x-k8s.io", "v1alpha1", "clusterstacks")
	releasesGVR = gvr("clusterstack.x-k8s.io", "v1alpha1", "clusterstackreleases")
	addonsGVR   = gvr("clusterstack.x-k8s.io", "v1alpha1", "clusteraddons")
)

func capiGVR(resource string) schema.GroupVersionResource {
	if resource == "kubeadmcontrolplanes" {
		return gvr("controlplane.cluster.x-k8s.io", capiVersion(), resource)
	}
	return gvr("cluster.x-k8s.io", capiVersion(), resource)
}

func adminClient(t *testing.T) dynamic.Interface {
	t.Helper()
	cfg, err := clientcmd.BuildConfigFromFlags("", need(t, "SCS_ADMIN_KUBECONFIG"))
	if err != nil {
		t.Fatal(err)
	}
	cfg.WarningHandler = rest.NoWarnings{}
	return dynamic.NewForConfigOrDie(cfg)
}

// userClient signs in with the password grant (a fresh ID token each call).
func userClient(t *testing.T, user string) dynamic.Interface {
	t.Helper()
	cfg := &rest.Config{Host: need(t, "SCS_API_URL"), BearerToken: passwordToken(t, "scs-console", user),
		TLSClientConfig: rest.TLSClientConfig{CAFile: need(t, "SCS_CA_FILE")}, WarningHandler: rest.NoWarnings{}}
	return dynamic.NewForConfigOrDie(cfg)
}

func str(o *unstructured.Unstructured, path ...string) string {
	v, _, _ := unstructured.NestedFieldNoCopy(o.Object, path...)
	if v == nil {
		return ""
	}
	return fmt.Sprint(v)
}

func condStatus(o *unstructured.Unstructured, typ string) string {
	conds, _, _ := unstructured.NestedSlice(o.Object, "status", "conditions")
	for _, c := range conds {
		if m, ok := c.(map[string]any); ok && m["type"] == typ {
			return fmt.Sprint(m["status"])
		}
	}
	return ""
}

// capiCond reads a Cluster API object's condition in the v1beta2 shape: status.conditions when
// v1beta2 is served, status.v1beta2.conditions when v1beta1 is (where Cluster API v1.11+ keeps
// them); status.conditions of v1beta1 holds the old conditions (Ready, ...).
func capiCond(o *unstructured.Unstructured, typ string) string {
	if o == nil {
		return ""
	}
	if capiVersion() == "v1beta2" {
		return condStatus(o, typ)
	}
	return condStatus(&unstructured.Unstructured{Object: map[string]any{"status": map[string]any{
		"conditions": func() any {
			v, _, _ := unstructured.NestedFieldNoCopy(o.Object, "status", "v1beta2", "conditions")
			return v
		}(),
	}}}, typ)
}

// eventually polls f every 300ms until it returns "" (done) or the timeout passes; the last
// message is the failure.
func eventually(t *testing.T, timeout time.Duration, what string, f func() string) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	last := ""
	for time.Now().Before(deadline) {
		if last = f(); last == "" {
			return
		}
		time.Sleep(300 * time.Millisecond)
	}
	t.Fatalf("%s: not within %s: %s", what, timeout, last)
}

func TestClusterStackReleasesAndClasses(t *testing.T) {
	ctx := context.Background()
	admin := adminClient(t)
	alice := userClient(t, "alice")

	// The seeded stacks: every version has a ready release with a patch version and the
	// ClusterClass of the same name, readable by alice.
	want := map[string]string{
		"openstack-scs2-1-33-v1": "v1.33.9", "openstack-scs2-1-33-v2": "v1.33.10",
		"openstack-scs2-1-34-v1": "v1.34.7", "openstack-scs-1-32-v1": "v1.32.5",
	}
	for name, version := range want {
		eventually(t, 60*time.Second, "release "+name, func() string {
			r, err := alice.Resource(releasesGVR).Namespace(tenant).Get(ctx, name, metav1.GetOptions{})
			if err != nil {
				return err.Error()
			}
			if str(r, "status", "ready") != "true" || str(r, "status", "kubernetesVersion") != version {
				return fmt.Sprintf("ready=%s kubernetesVersion=%s", str(r, "status", "ready"), str(r, "status", "kubernetesVersion"))
			}
			if condStatus(r, "HelmChartApplied") != "True" {
				return "HelmChartApplied not True"
			}
			return ""
		})
		cc, err := alice.Resource(capiGVR("clusterclasses")).Namespace(tenant).Get(ctx, name, metav1.GetOptions{})
		if err != nil {
			t.Fatalf("ClusterClass %s: %v", name, err)
		}
		if cc.GetLabels()["clusterstack.x-k8s.io/instance"] != "owned" {
			t.Errorf("ClusterClass %s labels %v", name, cc.GetLabels())
		}
		infra := []string{"spec", "workers", "machineDeployments"}
		mds, _, _ := unstructured.NestedSlice(cc.Object, infra...)
		if len(mds) != 1 {
			t.Fatalf("ClusterClass %s: %d worker classes", name, len(mds))
		}
		md := mds[0].(map[string]any)
		refPath := []string{"template", "infrastructure", "ref", "name"}
		if capiVersion() == "v1beta2" {
			refPath = []string{"infrastructure", "templateRef", "name"}
		}
		if ref, _, _ := unstructured.NestedString(md, refPath...); ref != name+"-default-worker" {
			t.Errorf("ClusterClass %s (%s): worker template %q", name, capiVersion(), ref)
		}
	}
	// The stack's status follows its releases' on the provider's next pass, so it may lag the
	// releases being ready: wait for it as for them.
	eventually(t, 60*time.Second, "ClusterStack openstack-scs2-1-33 status", func() string {
		stack, err := alice.Resource(stacksGVR).Namespace(tenant).Get(ctx, "openstack-scs2-1-33", metav1.GetOptions{})
		if err != nil {
			return err.Error()
		}
		if u, l := str(stack, "status", "usableVersions"), str(stack, "status", "latestRelease"); u != "v1, v2" || l != "openstack-scs2-1-33-v2 | v1.33.10" {
			return fmt.Sprintf("usableVersions %q latestRelease %q", u, l)
		}
		return ""
	})

	// The variables are upstream's: scs2 camelCase with formats and nested objects, scs
	// snake_case.
	vars := func(class string) map[string]map[string]any {
		cc, err := alice.Resource(capiGVR("clusterclasses")).Namespace(tenant).Get(ctx, class, metav1.GetOptions{})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]map[string]any{}
		vs, _, _ := unstructured.NestedSlice(cc.Object, "spec", "variables")
		for _, v := range vs {
			vm := v.(map[string]any)
			s, _, _ := unstructured.NestedMap(vm, "schema", "openAPIV3Schema")
			out[vm["name"].(string)] = s
		}
		return out
	}
	scs2 := vars("openstack-scs2-1-33-v1")
	if len(scs2) < 25 {
		t.Errorf("scs2 class has %d variables, want upstream's (27)", len(scs2))
	}
	checks := []struct {
		v    map[string]map[string]any
		name string
		path []string
		want string
	}{
		{scs2, "networkExternalID", []string{"format"}, "uuid4"},
		{scs2, "nodeCIDR", []string{"format"}, "cidr"},
		{scs2, "nodeCIDR", []string{"default"}, "10.8.0.0/20"},
		{scs2, "dnsNameservers", []string{"type"}, "array"},
		{scs2, "oidcConfig", []string{"properties", "issuerURL", "type"}, "string"},
		{scs2, "oidcConfig", []string{"properties", "clientID", "type"}, "string"},
		{scs2, "oidcConfig", []string{"properties", "groupsPrefix", "default"}, "oidc:"},
		{scs2, "identityRef", []string{"properties", "cloudName", "default"}, "openstack"},
		{scs2, "workerAdditionalBlockDevices", []string{"items", "type"}, "object"},
		{scs2, "workerAdditionalBlockDevices", []string{"items", "properties", "sizeGiB", "default"}, "20"},
		{scs2, "controlPlaneRootDisk", []string{"minimum"}, "0"},
		{scs2, "disableAPIServerFloatingIP", []string{"type"}, "boolean"},
	}
	scs := vars("openstack-scs-1-32-v1")
	checks = append(checks, []struct {
		v    map[string]map[string]any
		name string
		path []string
		want string
	}{
		{scs, "oidc_config", []string{"properties", "issuer_url", "type"}, "string"},
		{scs, "oidc_config", []string{"properties", "client_id", "type"}, "string"},
		{scs, "external_id", []string{"format"}, "uuid4"},
		{scs, "node_cidr", []string{"format"}, "cidr"},
		{scs, "worker_root_disk", []string{"minimum"}, "1"},
	}...)
	for _, c := range checks {
		s, ok := c.v[c.name]
		if !ok {
			t.Errorf("variable %s missing", c.name)
			continue
		}
		if got := str(&unstructured.Unstructured{Object: s}, c.path...); got != c.want {
			t.Errorf("variable %s %v = %q, want %q", c.name, c.path, got, c.want)
		}
	}

	// A new ClusterStack: its release shows up not ready, then becomes ready with its class.
	ns := "tenant-b"
	csName := "it-cs-" + suffix()
	cs := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "clusterstack.x-k8s.io/v1alpha1", "kind": "ClusterStack",
		"metadata": map[string]any{"name": csName, "namespace": ns},
		"spec": map[string]any{"provider": "openstack", "name": "scs2", "kubernetesVersion": "1.32",
			"channel": "stable", "autoSubscribe": false, "noProvider": true, "versions": []any{"v1"}},
	}}
	// What an earlier run on the same stack left (the sanitizer pass runs this test a second
	// time; its clean-up does not wait) goes first: a release that is still there and ready
	// would never be seen downloading.
	rel := "openstack-scs2-1-32-v1"
	if old, err := admin.Resource(stacksGVR).Namespace(ns).List(ctx, metav1.ListOptions{}); err == nil {
		for _, o := range old.Items {
			if strings.HasPrefix(o.GetName(), "it-cs-") {
				_ = admin.Resource(stacksGVR).Namespace(ns).Delete(ctx, o.GetName(), metav1.DeleteOptions{})
			}
		}
	}
	_ = admin.Resource(releasesGVR).Namespace(ns).Delete(ctx, rel, metav1.DeleteOptions{})
	_ = admin.Resource(capiGVR("clusterclasses")).Namespace(ns).Delete(ctx, rel, metav1.DeleteOptions{})
	eventually(t, 30*time.Second, "no release "+rel+" left from an earlier run", func() string {
		if _, err := admin.Resource(releasesGVR).Namespace(ns).Get(ctx, rel, metav1.GetOptions{}); !apierrors.IsNotFound(err) {
			return fmt.Sprintf("still there (%v)", err)
		}
		return ""
	})
	// Watched from before the create: polling alone can miss a release that becomes ready
	// between two polls on an idle machine.
	var watchedNotReady atomic.Bool
	w, err := admin.Resource(releasesGVR).Namespace(ns).Watch(ctx,
		metav1.ListOptions{FieldSelector: "metadata.name=openstack-scs2-1-32-v1"})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Stop()
	go func() {
		for ev := range w.ResultChan() {
			if r, ok := ev.Object.(*unstructured.Unstructured); ok && str(r, "status", "ready") != "true" {
				watchedNotReady.Store(true)
			}
		}
	}()
	if _, err := admin.Resource(stacksGVR).Namespace(ns).Create(ctx, cs, metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = admin.Resource(stacksGVR).Namespace(ns).Delete(ctx, csName, metav1.DeleteOptions{})
		_ = admin.Resource(releasesGVR).Namespace(ns).Delete(ctx, rel, metav1.DeleteOptions{})
		_ = admin.Resource(capiGVR("clusterclasses")).Namespace(ns).Delete(ctx, rel, metav1.DeleteOptions{})
	})
	sawNotReady := false
	eventually(t, 30*time.Second, "new release "+rel, func() string {
		r, err := admin.Resource(releasesGVR).Namespace(ns).Get(ctx, rel, metav1.GetOptions{})
		if err != nil {
			return err.Error()
		}
		if condStatus(r, "ClusterStackReleaseDownloaded") == "False" && str(r, "status", "ready") != "true" {
			sawNotReady = true
		}
		if str(r, "status", "ready") != "true" {
			return "not ready"
		}
		if v := str(r, "status", "kubernetesVersion"); v != "v1.32.13" {
			return "kubernetesVersion " + v
		}
		return ""
	})
	if !sawNotReady && !watchedNotReady.Load() {
		t.Error("the new release was never seen downloading (not ready)")
	}
	if _, err := admin.Resource(capiGVR("clusterclasses")).Namespace(ns).Get(ctx, rel, metav1.GetOptions{}); err != nil {
		t.Fatalf("ClusterClass of the new release: %v", err)
	}
}

// topology is a snapshot of what a Cluster's topology made.
type topology struct {
	cluster, kcp, addon, osc *unstructured.Unstructured
	mds, mss, machines, osms []*unstructured.Unstructured
}

func loadTopology(t *testing.T, c dynamic.Interface, name string) (*topology, error) {
	ctx := context.Background()
	tp := &topology{}
	var err error
	if tp.cluster, err = c.Resource(capiGVR("clusters")).Namespace(tenant).Get(ctx, name, metav1.GetOptions{}); err != nil {
		return nil, err
	}
	list := func(resource string) ([]*unstructured.Unstructured, error) {
		gv := capiGVR(resource)
		if strings.HasPrefix(resource, "openstack") {
			gv = gvr("infrastructure.cluster.x-k8s.io", "v1beta1", resource)
		}
		l, err := c.Resource(gv).Namespace(tenant).List(ctx, metav1.ListOptions{LabelSelector: "cluster.x-k8s.io/cluster-name=" + name})
		if err != nil {
			return nil, err
		}
		var out []*unstructured.Unstructured
		for i := range l.Items {
			out = append(out, &l.Items[i])
		}
		return out, nil
	}
	kcps, err := list("kubeadmcontrolplanes")
	if err != nil {
		return nil, err
	}
	if len(kcps) == 1 {
		tp.kcp = kcps[0]
	}
	if tp.mds, err = list("machinedeployments"); err != nil {
		return nil, err
	}
	if tp.mss, err = list("machinesets"); err != nil {
		return nil, err
	}
	if tp.machines, err = list("machines"); err != nil {
		return nil, err
	}
	if tp.osms, err = list("openstackmachines"); err != nil {
		return nil, err
	}
	oscs, err := list("openstackclusters")
	if err != nil {
		return nil, err
	}
	if len(oscs) == 1 {
		tp.osc = oscs[0]
	}
	tp.addon, err = c.Resource(addonsGVR).Namespace(tenant).Get(ctx, "cluster-addon-"+name, metav1.GetOptions{})
	if apierrors.IsNotFound(err) {
		err = nil
	}
	return tp, err
}

// settled says what is missing before the cluster runs class/version everywhere.
func (tp *topology) settled(class, version string, cp, workers int) string {
	cl := tp.cluster
	switch {
	case capiCond(cl, "Available") != "True":
		return "cluster not Available"
	case capiVersion() == "v1beta1" && condStatus(cl, "Ready") != "True":
		return "cluster not Ready (v1beta1 condition)"
	case tp.kcp == nil:
		return "no KubeadmControlPlane"
	case str(tp.kcp, "spec", "version") != version:
		return "KCP version " + str(tp.kcp, "spec", "version")
	case capiCond(tp.kcp, "Available") != "True":
		return "KCP not Available"
	case len(tp.mss) != len(tp.mds):
		return fmt.Sprintf("%d MachineSets for %d MachineDeployments", len(tp.mss), len(tp.mds))
	case tp.osc == nil || str(tp.osc, "status", "ready") != "true" || str(cl, "spec", "infrastructureRef", "name") != tp.osc.GetName():
		return "OpenStackCluster not ready or not referenced"
	case len(tp.osms) != len(tp.machines):
		return fmt.Sprintf("%d OpenStackMachines for %d Machines", len(tp.osms), len(tp.machines))
	case len(tp.machines) != cp+workers:
		return fmt.Sprintf("%d machines", len(tp.machines))
	case tp.addon == nil || str(tp.addon, "spec", "clusterStack") != class || str(tp.addon, "status", "ready") != "true":
		return "ClusterAddon not done for " + class
	}
	for _, md := range tp.mds {
		if capiCond(md, "Available") != "True" {
			return "MachineDeployment " + md.GetName() + " not Available"
		}
	}
	for _, o := range tp.osms {
		if str(o, "status", "ready") != "true" || str(o, "status", "instanceState") != "ACTIVE" || condStatus(o, "InstanceReady") != "True" {
			return "OpenStackMachine " + o.GetName() + " not ready"
		}
	}
	for _, m := range tp.machines {
		if str(m, "spec", "version") != version || str(m, "status", "phase") != "Running" || capiCond(m, "Ready") != "True" {
			return fmt.Sprintf("machine %s: %s %s", m.GetName(), str(m, "spec", "version"), str(m, "status", "phase"))
		}
		if str(m, "status", "nodeInfo", "kubeletVersion") != version {
			return "machine " + m.GetName() + " kubelet " + str(m, "status", "nodeInfo", "kubeletVersion")
		}
	}
	return ""
}

func machineNames(ms []*unstructured.Unstructured) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.GetName())
	}
	sort.Strings(out)
	return out
}

func TestClusterUpgradeRollsMachines(t *testing.T) {
	ctx := context.Background()
	alice := userClient(t, "alice")
	name := "it-up-" + suffix()
	topo := map[string]any{
		"version":      "v1.33.9",
		"controlPlane": map[string]any{"replicas": int64(1)},
		"workers": map[string]any{"machineDeployments": []any{
			map[string]any{"class": "default-worker", "name": "md-0", "replicas": int64(2)},
			// Left to the autoscaler: no replicas, min and max as annotations.
			map[string]any{"class": "default-worker", "name": "md-auto", "metadata": map[string]any{"annotations": map[string]any{
				"cluster.x-k8s.io/cluster-api-autoscaler-node-group-min-size": "1",
				"cluster.x-k8s.io/cluster-api-autoscaler-node-group-max-size": "3"}}},
		}},
		"variables": []any{
			map[string]any{"name": "networkExternalID", "value": "ebfe5546-f09f-4f42-ab54-094e457d42ec"},
			map[string]any{"name": "oidcConfig", "value": map[string]any{
				"issuerURL": need(t, "SCS_OIDC_ISSUER"), "clientID": "scs-console"}},
		},
	}
	setClass := func(class string) {
		if capiVersion() == "v1beta2" {
			topo["classRef"] = map[string]any{"name": class}
		} else {
			topo["class"] = class
		}
	}
	setClass("openstack-scs2-1-33-v1")
	cl := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "cluster.x-k8s.io/" + capiVersion(), "kind": "Cluster",
		"metadata": map[string]any{"name": name, "namespace": tenant},
		"spec":     map[string]any{"topology": topo},
	}}
	// The add-on's HelmChartApplied=False can last less than one poll on an idle machine (seen
	// in a full run): a watch from before the create sees every state it passes through.
	var addonMu sync.Mutex
	addonSeen := map[string]bool{}
	aw, err := adminClient(t).Resource(addonsGVR).Namespace(tenant).Watch(ctx,
		metav1.ListOptions{FieldSelector: "metadata.name=cluster-addon-" + name})
	if err != nil {
		t.Fatal(err)
	}
	defer aw.Stop()
	go func() {
		for ev := range aw.ResultChan() {
			if o, ok := ev.Object.(*unstructured.Unstructured); ok {
				if s := condStatus(o, "HelmChartApplied"); s != "" {
					addonMu.Lock()
					addonSeen["ClusterAddon/HelmChartApplied="+s] = true
					addonMu.Unlock()
				}
			}
		}
	}()
	if _, err := alice.Resource(capiGVR("clusters")).Namespace(tenant).Create(ctx, cl, metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = adminClient(t).Resource(capiGVR("clusters")).Namespace(tenant).Delete(ctx, name, metav1.DeleteOptions{})
	})

	// Creation: conditions move from False to True on every level.
	seen := map[string]bool{}
	saw := func(s string) bool {
		addonMu.Lock()
		defer addonMu.Unlock()
		return seen[s] || addonSeen[s]
	}
	watchConds := func(tp *topology) {
		note := func(kind string, o *unstructured.Unstructured, types ...string) {
			if o == nil {
				return
			}
			get := capiCond
			if kind == "ClusterAddon" {
				get = condStatus
			}
			for _, typ := range types {
				if s := get(o, typ); s != "" {
					seen[kind+"/"+typ+"="+s] = true
				}
			}
		}
		note("Cluster", tp.cluster, "Available", "ControlPlaneInitialized", "RollingOut", "InfrastructureReady", "TopologyReconciled")
		note("KCP", tp.kcp, "Available", "Initialized", "RollingOut", "MachinesUpToDate")
		for _, md := range tp.mds {
			note("MD", md, "Available", "RollingOut", "MachinesUpToDate")
		}
		for _, ms := range tp.mss {
			note("MS", ms, "MachinesReady", "MachinesUpToDate")
		}
		for _, m := range tp.machines {
			note("Machine", m, "Ready", "InfrastructureReady", "UpToDate", "Deleting")
			seen["Machine/phase="+str(m, "status", "phase")] = true
		}
		note("ClusterAddon", tp.addon, "HelmChartApplied")
		for _, o := range tp.osms {
			seen["OpenStackMachine/instanceState="+str(o, "status", "instanceState")] = true
		}
		if len(tp.mss) > len(tp.mds) {
			seen["MachineSets>MachineDeployments"] = true
		}
	}
	var last *topology
	rollTo := func(class, version string, timeout time.Duration) {
		t.Helper()
		c := userClient(t, "alice")
		eventually(t, timeout, "cluster on "+class+" "+version, func() string {
			tp, err := loadTopology(t, c, name)
			if err != nil {
				return err.Error()
			}
			watchConds(tp)
			last = tp
			return tp.settled(class, version, 1, 3)
		})
	}
	rollTo("openstack-scs2-1-33-v1", "v1.33.9", 120*time.Second)
	for _, s := range []string{
		"Cluster/ControlPlaneInitialized=False", "Cluster/ControlPlaneInitialized=True",
		"Cluster/Available=False", "Cluster/Available=True",
		"KCP/Available=False", "KCP/Available=True", "MD/Available=False", "MD/Available=True",
		"Machine/Ready=False", "Machine/Ready=True", "Machine/phase=Provisioning", "Machine/phase=Running",
		"OpenStackMachine/instanceState=BUILD", "OpenStackMachine/instanceState=ACTIVE",
		"ClusterAddon/HelmChartApplied=False", "ClusterAddon/HelmChartApplied=True",
	} {
		if !saw(s) {
			t.Errorf("creation: never saw %s (saw %v)", s, keys(seen))
		}
	}
	for _, md := range last.mds {
		if md.GetName() == name+"-md-auto" {
			if r := str(md, "spec", "replicas"); r != "1" || md.GetAnnotations()["cluster.x-k8s.io/cluster-api-autoscaler-node-group-max-size"] != "3" {
				t.Errorf("autoscaled pool: replicas %s, annotations %v", r, md.GetAnnotations())
			}
		}
	}
	if hook := str(last.addon, "spec", "hook"); hook != "AfterControlPlaneInitialized" {
		t.Errorf("ClusterAddon hook %q", hook)
	}
	if ref := str(last.cluster, "spec", "controlPlaneRef", "name"); ref != last.kcp.GetName() {
		t.Errorf("controlPlaneRef %q, KCP %s", ref, last.kcp.GetName())
	}
	for _, m := range last.machines {
		owner := m.GetOwnerReferences()
		if len(owner) != 1 || (owner[0].Kind != "MachineSet" && owner[0].Kind != "KubeadmControlPlane") {
			t.Errorf("machine %s owners %v", m.GetName(), owner)
		}
	}

	// Upgrades: class and version together, to v2 of the minor, then to the next minor.
	for _, step := range []struct{ class, version string }{
		{"openstack-scs2-1-33-v2", "v1.33.10"},
		{"openstack-scs2-1-34-v1", "v1.34.7"},
	} {
		before := machineNames(last.machines)
		seen = map[string]bool{}
		addonMu.Lock()
		addonSeen = map[string]bool{}
		addonMu.Unlock()
		patch := fmt.Sprintf(`{"spec":{"topology":{"class":%q,"version":%q}}}`, step.class, step.version)
		if capiVersion() == "v1beta2" {
			patch = fmt.Sprintf(`{"spec":{"topology":{"classRef":{"name":%q},"version":%q}}}`, step.class, step.version)
		}
		c := userClient(t, "alice")
		if _, err := c.Resource(capiGVR("clusters")).Namespace(tenant).Patch(ctx, name, types.MergePatchType, []byte(patch), metav1.PatchOptions{}); err != nil {
			t.Fatal(err)
		}
		rollTo(step.class, step.version, 180*time.Second)
		for _, s := range []string{
			"Cluster/RollingOut=True", "Cluster/TopologyReconciled=False",
			"KCP/RollingOut=True", "MD/RollingOut=True", "MachineSets>MachineDeployments", "Machine/Deleting=True",
			"Machine/UpToDate=False", "ClusterAddon/HelmChartApplied=False", "OpenStackMachine/instanceState=DELETING",
		} {
			if !saw(s) {
				t.Errorf("upgrade to %s: never saw %s (saw %v)", step.class, s, keys(seen))
			}
		}
		after := machineNames(last.machines)
		for _, b := range before {
			for _, a := range after {
				if a == b {
					t.Errorf("upgrade to %s: machine %s was not replaced", step.class, a)
				}
			}
		}
		if hook := str(last.addon, "spec", "hook"); hook != "BeforeClusterUpgrade" {
			t.Errorf("upgrade to %s: ClusterAddon hook %q", step.class, hook)
		}
		if v := str(last.addon, "spec", "version"); v != step.class[strings.LastIndex(step.class, "-")+1:] {
			t.Errorf("ClusterAddon version %q", v)
		}
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestClaimGetsCompositeAndManagedResources(t *testing.T) {
	ctx := context.Background()
	alice := userClient(t, "alice")
	claims := gvr("api.scs.community", "v1alpha1", "clusters")
	name := "it-xr-" + suffix()
	claim := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "api.scs.community/v1alpha1", "kind": "Cluster",
		"metadata": map[string]any{"name": name, "namespace": tenant},
		"spec": map[string]any{"version": "1.33", "workers": map[string]any{"replicas": int64(2)},
			"writeConnectionSecretToRef": map[string]any{"name": name + "-kubeconfig"}},
	}}
	if _, err := alice.Resource(claims).Namespace(tenant).Create(ctx, claim, metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = adminClient(t).Resource(claims).Namespace(tenant).Delete(ctx, name, metav1.DeleteOptions{})
	})

	xrGVR := gvr("api.scs.community", "v1alpha1", "xclusters")
	objGVR := gvr("kubernetes.crossplane.io", "v1alpha2", "objects")
	var xrName, mrName string
	sawMRNotReady := false
	eventually(t, 60*time.Second, "claim, composite and managed resource ready", func() string {
		c, err := alice.Resource(claims).Namespace(tenant).Get(ctx, name, metav1.GetOptions{})
		if err != nil {
			return err.Error()
		}
		xrName = str(c, "spec", "resourceRef", "name")
		if xrName == "" {
			return "claim not bound"
		}
		if k := str(c, "spec", "resourceRef", "kind"); k != "XCluster" {
			return "resourceRef kind " + k
		}
		xr, err := alice.Resource(xrGVR).Get(ctx, xrName, metav1.GetOptions{})
		if err != nil {
			return "composite: " + err.Error()
		}
		if str(xr, "spec", "claimRef", "name") != name || str(xr, "spec", "claimRef", "namespace") != tenant {
			return "composite claimRef " + str(xr, "spec", "claimRef")
		}
		refs, _, _ := unstructured.NestedSlice(xr.Object, "spec", "resourceRefs")
		if len(refs) != 1 {
			return fmt.Sprintf("composite has %d resourceRefs", len(refs))
		}
		ref := refs[0].(map[string]any)
		if ref["apiVersion"] != "kubernetes.crossplane.io/v1alpha2" || ref["kind"] != "Object" {
			return fmt.Sprint("resourceRef ", ref)
		}
		mrName = fmt.Sprint(ref["name"])
		mr, err := alice.Resource(objGVR).Get(ctx, mrName, metav1.GetOptions{})
		if err != nil {
			return "managed resource: " + err.Error()
		}
		if condStatus(mr, "Ready") == "False" {
			sawMRNotReady = true
		}
		for _, o := range []*unstructured.Unstructured{c, xr, mr} {
			if condStatus(o, "Synced") != "True" || condStatus(o, "Ready") != "True" {
				return fmt.Sprintf("%s %s: Synced=%s Ready=%s", o.GetKind(), o.GetName(), condStatus(o, "Synced"), condStatus(o, "Ready"))
			}
		}
		if k := str(mr, "spec", "forProvider", "manifest", "kind"); k != "Cluster" {
			return "Object manifest kind " + k
		}
		return ""
	})
	if !sawMRNotReady {
		t.Log("the managed resource was already Ready when first seen")
	}
	if !regexp.MustCompile("^" + name + "-[a-z0-9]{5}$").MatchString(xrName) {
		t.Errorf("composite name %q, want <claim>-<5 characters> as Crossplane names it", xrName)
	}
	if mrName != name+"-capi" {
		t.Errorf("managed resource %q, want %s-capi (central-api's composition)", mrName, name)
	}
	// Alice may get what her claim names, not list all composites.
	if _, err := alice.Resource(xrGVR).List(ctx, metav1.ListOptions{}); !apierrors.IsForbidden(err) {
		t.Errorf("alice listing composites: %v, want Forbidden", err)
	}
	// Deleting the claim removes the composite and the managed resource.
	if err := alice.Resource(claims).Namespace(tenant).Delete(ctx, name, metav1.DeleteOptions{}); err != nil {
		t.Fatal(err)
	}
	admin := adminClient(t)
	eventually(t, 60*time.Second, "composite and managed resource gone", func() string {
		if _, err := admin.Resource(xrGVR).Get(ctx, xrName, metav1.GetOptions{}); !apierrors.IsNotFound(err) {
			return fmt.Sprint("composite: ", err)
		}
		if _, err := admin.Resource(objGVR).Get(ctx, mrName, metav1.GetOptions{}); !apierrors.IsNotFound(err) {
			return fmt.Sprint("managed resource: ", err)
		}
		return ""
	})
}
