package main

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"text/template"
	"time"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"

	"scs.community/console/stack/manifests"
)

// The provisioner plays SovereignCloudStack/cluster-stack-operator (noProvider mode):
//
//	ClusterStack <provider>/<name>, kubernetesVersion 1.33, versions [v1, v2]
//	  -> ClusterStackRelease <provider>-<name>-1-33-v1 (and -v2), owned by the ClusterStack:
//	     ClusterStackReleaseDownloaded=False, then after a step the ClusterClass of the same
//	     name (upstream's template, manifests/clusterclasses/<provider>-<name>.yaml) is applied
//	     in the namespace, status.kubernetesVersion, status.ready, HelmChartApplied=True
//	  -> ClusterStack status: summary, latestRelease "<release> | <version>", usableVersions.
//	Cluster created -> ClusterAddon cluster-addon-<cluster> (owned by the Cluster); its
//	hook AfterControlPlaneInitialized runs once the control plane is initialized, and
//	BeforeClusterUpgrade when the Cluster's class changes.
//
// Conditions are Cluster API v1beta1 conditions, as the operator writes them.

var (
	clusterStackGVR = schema.GroupVersionResource{Group: "clusterstack.x-k8s.io", Version: "v1alpha1", Resource: "clusterstacks"}
	releaseGVR      = schema.GroupVersionResource{Group: "clusterstack.x-k8s.io", Version: "v1alpha1", Resource: "clusterstackreleases"}
)

// Kubernetes patch versions of the latest stack version per provider/stack/minor, from
// cluster-stacks' providers/openstack/<stack>/versions.yaml (commit a931cdb); each older stack
// version of the same ClusterStack gets one patch less (see README: a choice of this stack).
var latestPatch = map[string]int{
	"openstack/scs2/1.32": 13, "openstack/scs2/1.33": 10, "openstack/scs2/1.34": 7,
	"openstack/scs/1.30": 13, "openstack/scs/1.31": 9, "openstack/scs/1.32": 5,
}

// The add-ons of both stacks (clusteraddon.yaml: the same four charts in both hooks).
var addonCharts = []string{"cni", "metrics-server", "csi", "ccm"}

func releaseName(provider, name, kubernetesVersion, version string) string {
	return strings.Join([]string{provider, name, strings.ReplaceAll(kubernetesVersion, ".", "-"), version}, "-")
}

func stackVersionNumber(v string) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(strings.SplitN(v, "-", 2)[0], "v"))
	return n
}

func csCondition(obj *unstructured.Unstructured, typ string, ok bool, reason, message string) {
	if ok {
		setCondition(obj, typ, "True", "", "", nil)
		return
	}
	setCondition(obj, typ, "False", reason, message, map[string]any{"severity": "Info"})
}

func (pr *provisioner) reconcileClusterStack(ctx context.Context, cs *unstructured.Unstructured) (time.Duration, error) {
	ns := cs.GetNamespace()
	provider, _, _ := unstructured.NestedString(cs.Object, "spec", "provider")
	name, _, _ := unstructured.NestedString(cs.Object, "spec", "name")
	kv, _, _ := unstructured.NestedString(cs.Object, "spec", "kubernetesVersion")
	versions, _, _ := unstructured.NestedStringSlice(cs.Object, "spec", "versions")
	rri := pr.dyn.Resource(releaseGVR).Namespace(ns)
	if cs.GetDeletionTimestamp() != nil {
		return 0, nil
	}
	existing, err := rri.List(ctx, metav1.ListOptions{})
	if err != nil {
		return 0, err
	}
	owned := map[string]*unstructured.Unstructured{}
	for i := range existing.Items {
		r := &existing.Items[i]
		for _, o := range r.GetOwnerReferences() {
			if o.Kind == "ClusterStack" && o.UID == cs.GetUID() {
				owned[r.GetName()] = r
			}
		}
	}
	wanted := map[string]bool{}
	for _, v := range versions {
		rn := releaseName(provider, name, kv, v)
		wanted[rn] = true
		if _, ok := owned[rn]; ok {
			continue
		}
		r := &unstructured.Unstructured{Object: map[string]any{
			"apiVersion": releaseGVR.GroupVersion().String(), "kind": "ClusterStackRelease",
			"metadata": map[string]any{"name": rn, "namespace": ns},
			"spec":     map[string]any{},
		}}
		r.SetOwnerReferences([]metav1.OwnerReference{{APIVersion: cs.GetAPIVersion(), Kind: cs.GetKind(), Name: cs.GetName(), UID: cs.GetUID()}})
		created, err := rri.Create(ctx, r, metav1.CreateOptions{FieldManager: fieldManagerProv})
		if apierrors.IsAlreadyExists(err) {
			continue
		}
		if err != nil {
			return 0, err
		}
		owned[rn] = created
		pr.event(created, false, "ClusterStackReleaseCreated", "successfully created ClusterStackRelease object %q", rn)
	}
	// Versions taken out of the spec: their release and ClusterClass go.
	for rn := range owned {
		if wanted[rn] {
			continue
		}
		if err := rri.Delete(ctx, rn, metav1.DeleteOptions{}); err != nil && !apierrors.IsNotFound(err) {
			return 0, err
		}
		if err := pr.dyn.Resource(pr.capi.clusterClass).Namespace(ns).Delete(ctx, rn, metav1.DeleteOptions{}); err != nil && !apierrors.IsNotFound(err) {
			return 0, err
		}
		delete(owned, rn)
	}

	names := make([]string, 0, len(owned))
	for rn := range owned {
		names = append(names, rn)
	}
	sort.Slice(names, func(i, j int) bool {
		return stackVersionNumber(names[i][strings.LastIndex(names[i], "-")+1:]) < stackVersionNumber(names[j][strings.LastIndex(names[j], "-")+1:])
	})
	var summary []any
	var usable []string
	latest, latestK8s := "", ""
	allReady := true
	for _, rn := range names {
		r := owned[rn]
		ready, _, _ := unstructured.NestedBool(r.Object, "status", "ready")
		k8s, _, _ := unstructured.NestedString(r.Object, "status", "kubernetesVersion")
		ph := "downloading release assets"
		if ready {
			ph = "done"
			usable = append(usable, rn[strings.LastIndex(rn, "-")+1:])
			latest, latestK8s = rn, k8s
		}
		allReady = allReady && ready
		summary = append(summary, map[string]any{"name": rn, "ready": ready, "phase": ph})
	}
	before := fmt.Sprint(cs.Object["status"])
	st, _ := cs.Object["status"].(map[string]any)
	if st == nil {
		st = map[string]any{}
	}
	st["summary"] = summary
	st["usableVersions"] = strings.Join(usable, ", ")
	if latest != "" {
		st["latestRelease"] = latest + " | " + latestK8s
	} else {
		st["latestRelease"] = ""
	}
	cs.Object["status"] = st
	csCondition(cs, "ClusterStackReleasesSynced", true, "", "")
	csCondition(cs, "ClusterStackReleaseAvailable", latest != "", "NoReleaseReady", "no ClusterStackRelease is ready yet")
	csCondition(cs, "Ready", allReady, "ReleasesNotReady", "not all ClusterStackReleases are ready")
	if fmt.Sprint(cs.Object["status"]) != before {
		if _, err := pr.dyn.Resource(clusterStackGVR).Namespace(ns).UpdateStatus(ctx, cs, metav1.UpdateOptions{}); err != nil {
			return 0, err
		}
	}
	if !allReady {
		return pr.step / 2, nil
	}
	return 0, nil
}

// renderClusterClass renders upstream's ClusterClass template for a release as helm does
// (Release.Name <provider>-<stack>-<major>-<minor>, Chart.Version <stack version>).
func renderClusterClass(release string) (*unstructured.Unstructured, error) {
	parts := strings.Split(release, "-")
	if len(parts) < 5 {
		return nil, fmt.Errorf("release name %q is not <provider>-<stack>-<major>-<minor>-<version>", release)
	}
	file := "clusterclasses/" + parts[0] + "-" + parts[1] + ".yaml"
	src, err := manifests.ClusterClasses.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("no ClusterClass template for stack %s-%s in this stack (%s)", parts[0], parts[1], file)
	}
	tmpl, err := template.New(file).Parse(string(src))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	data := map[string]any{
		"Release": map[string]any{"Name": strings.Join(parts[:4], "-")},
		"Chart":   map[string]any{"Version": strings.Join(parts[4:], "-")},
	}
	if err := tmpl.Execute(&out, data); err != nil {
		return nil, err
	}
	objs, err := decodeAll(&out)
	if err != nil {
		return nil, err
	}
	if len(objs) != 1 || objs[0].GetKind() != "ClusterClass" {
		return nil, fmt.Errorf("%s: want one ClusterClass", file)
	}
	return objs[0], nil
}

func (pr *provisioner) reconcileRelease(ctx context.Context, r *unstructured.Unstructured) (time.Duration, error) {
	ns, rn := r.GetNamespace(), r.GetName()
	ri := pr.dyn.Resource(releaseGVR).Namespace(ns)
	if r.GetDeletionTimestamp() != nil {
		return 0, nil
	}
	if ready, _, _ := unstructured.NestedBool(r.Object, "status", "ready"); ready {
		// The class is the release's: bring it back if someone deleted it.
		_, err := pr.dyn.Resource(pr.capi.clusterClass).Namespace(ns).Get(ctx, rn, metav1.GetOptions{})
		if apierrors.IsNotFound(err) {
			return 0, pr.applyClusterClass(ctx, r)
		}
		return 0, err
	}
	if condition(r, "ClusterStackReleaseDownloaded") == nil {
		csCondition(r, "ClusterStackReleaseDownloaded", false, "ReleaseAssetsNotDownloadedYet", "release assets are being downloaded")
		csCondition(r, "Ready", false, "ReleaseAssetsNotDownloadedYet", "")
		if _, err := ri.UpdateStatus(ctx, r, metav1.UpdateOptions{}); err != nil {
			return 0, err
		}
		return pr.step, nil
	}
	if left := remaining(r, pr.step, "ClusterStackReleaseDownloaded"); left > 0 {
		return left, nil
	}
	if err := pr.applyClusterClass(ctx, r); err != nil {
		csCondition(r, "ClusterStackReleaseDownloaded", false, "IssueWithReleaseAssets", err.Error())
		if _, uerr := ri.UpdateStatus(ctx, r, metav1.UpdateOptions{}); uerr != nil {
			return 0, uerr
		}
		pr.event(r, true, "ValidateHelmChartFailed", "%v", err)
		return 0, nil
	}
	k8s, err := pr.releaseKubernetesVersion(ctx, r)
	if err != nil {
		return 0, err
	}
	_ = unstructured.SetNestedField(r.Object, k8s, "status", "kubernetesVersion")
	_ = unstructured.SetNestedField(r.Object, true, "status", "ready")
	_ = unstructured.SetNestedSlice(r.Object, []any{map[string]any{
		"group": "cluster.x-k8s.io", "version": pr.capi.version, "kind": "ClusterClass",
		"namespace": ns, "name": rn, "status": "synced",
	}}, "status", "resources")
	csCondition(r, "ClusterStackReleaseDownloaded", true, "", "")
	csCondition(r, "ProviderClusterStackReleaseReady", true, "", "")
	csCondition(r, "HelmChartApplied", true, "", "")
	csCondition(r, "Ready", true, "", "")
	if _, err := ri.UpdateStatus(ctx, r, metav1.UpdateOptions{}); err != nil {
		return 0, err
	}
	pr.event(r, false, "ClusterStackReleaseReady", "ClusterStackRelease %s is ready: ClusterClass %s, Kubernetes %s", rn, rn, k8s)
	// The owning ClusterStack sums up its releases.
	for _, o := range r.GetOwnerReferences() {
		if o.Kind == "ClusterStack" {
			pr.queue.Add(objKey{clusterStackGVR, ns, o.Name})
		}
	}
	return 0, nil
}

// releaseKubernetesVersion: the latest patch for the newest version of the owning
// ClusterStack, one patch less per older stack version.
func (pr *provisioner) releaseKubernetesVersion(ctx context.Context, r *unstructured.Unstructured) (string, error) {
	parts := strings.Split(r.GetName(), "-")
	minor := parts[2] + "." + parts[3]
	own := stackVersionNumber(strings.Join(parts[4:], "-"))
	newest := own
	for _, o := range r.GetOwnerReferences() {
		if o.Kind != "ClusterStack" {
			continue
		}
		cs, err := pr.dyn.Resource(clusterStackGVR).Namespace(r.GetNamespace()).Get(ctx, o.Name, metav1.GetOptions{})
		if err != nil && !apierrors.IsNotFound(err) {
			return "", err
		}
		if cs != nil {
			vs, _, _ := unstructured.NestedStringSlice(cs.Object, "spec", "versions")
			for _, v := range vs {
				newest = max(newest, stackVersionNumber(v))
			}
		}
	}
	patch, ok := latestPatch[parts[0]+"/"+parts[1]+"/"+minor]
	if !ok {
		patch = 5
	}
	return fmt.Sprintf("v%s.%d", minor, max(0, patch-(newest-own))), nil
}

func (pr *provisioner) applyClusterClass(ctx context.Context, r *unstructured.Unstructured) error {
	cc, err := renderClusterClass(r.GetName())
	if err != nil {
		return err
	}
	cc.SetNamespace(r.GetNamespace())
	cc.SetLabels(map[string]string{"clusterstack.x-k8s.io/instance": "owned"})
	pr.capi.toServedVersion(cc)
	_, err = pr.dyn.Resource(pr.capi.clusterClass).Namespace(r.GetNamespace()).Apply(ctx, cc.GetName(), cc,
		metav1.ApplyOptions{FieldManager: fieldManagerProv, Force: true})
	return err
}

// --- ClusterAddon ---------------------------------------------------------------------------

func (pr *provisioner) ensureClusterAddon(ctx context.Context, cl *unstructured.Unstructured) error {
	ri := pr.dyn.Resource(pr.capi.addon).Namespace(cl.GetNamespace())
	name := "cluster-addon-" + cl.GetName()
	a := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": pr.capi.addon.GroupVersion().String(), "kind": "ClusterAddon",
		"metadata": map[string]any{"name": name, "namespace": cl.GetNamespace()},
		"spec": map[string]any{"clusterRef": map[string]any{
			"apiVersion": cl.GetAPIVersion(), "kind": cl.GetKind(), "name": cl.GetName(),
			"namespace": cl.GetNamespace(), "uid": string(cl.GetUID()),
		}},
	}}
	a.SetOwnerReferences([]metav1.OwnerReference{{APIVersion: cl.GetAPIVersion(), Kind: cl.GetKind(), Name: cl.GetName(), UID: cl.GetUID()}})
	_, err := ri.Create(ctx, a, metav1.CreateOptions{FieldManager: fieldManagerProv})
	if !apierrors.IsAlreadyExists(err) {
		return err
	}
	// One left over from an earlier Cluster of the same name (no garbage collector here).
	old, err := ri.Get(ctx, name, metav1.GetOptions{})
	if err != nil || str(old, "spec", "clusterRef", "uid") == string(cl.GetUID()) {
		return err
	}
	if err := ri.Delete(ctx, name, metav1.DeleteOptions{}); err != nil && !apierrors.IsNotFound(err) {
		return err
	}
	_, err = ri.Create(ctx, a, metav1.CreateOptions{FieldManager: fieldManagerProv})
	return err
}

func str(o *unstructured.Unstructured, path ...string) string {
	v, _, _ := unstructured.NestedFieldNoCopy(o.Object, path...)
	if v == nil {
		return ""
	}
	return fmt.Sprint(v)
}

// reconcileClusterAddon runs the add-on hooks; it reports whether the add-ons of the cluster's
// current class are applied.
func (pr *provisioner) reconcileClusterAddon(ctx context.Context, cl *unstructured.Unstructured, v clusterView) (bool, error) {
	ri := pr.dyn.Resource(pr.capi.addon).Namespace(cl.GetNamespace())
	a, err := ri.Get(ctx, "cluster-addon-"+cl.GetName(), metav1.GetOptions{})
	if apierrors.IsNotFound(err) {
		return false, pr.ensureClusterAddon(ctx, cl)
	}
	if err != nil {
		return false, err
	}
	class := topologyClass(cl)
	stackVersion := class[strings.LastIndex(class, "-")+1:]
	applied, _, _ := unstructured.NestedString(a.Object, "spec", "clusterStack")
	hook, _, _ := unstructured.NestedString(a.Object, "spec", "hook")
	ready, _, _ := unstructured.NestedBool(a.Object, "status", "ready")
	if applied == class && ready {
		return true, nil
	}
	if !v.cpInit {
		return false, nil
	}
	wantHook := "AfterControlPlaneInitialized"
	if applied != "" && applied != class {
		wantHook = "BeforeClusterUpgrade"
	}
	stagePhase := func(ph string) []any {
		var out []any
		for _, c := range addonCharts {
			out = append(out, map[string]any{"name": c, "action": "apply", "phase": ph})
		}
		return out
	}
	if hook != wantHook || condition(a, "HelmChartApplied") == nil || condTrue(a, "HelmChartApplied") {
		// Start the hook: the charts of the new stack are applied after a step.
		_ = unstructured.SetNestedField(a.Object, wantHook, "spec", "hook")
		if _, err := ri.Update(ctx, a, metav1.UpdateOptions{}); err != nil {
			return false, err
		}
		a, err = ri.Get(ctx, a.GetName(), metav1.GetOptions{})
		if err != nil {
			return false, err
		}
		_ = unstructured.SetNestedSlice(a.Object, stagePhase("applyingOrDeleting"), "status", "stages")
		_ = unstructured.SetNestedField(a.Object, false, "status", "ready")
		csCondition(a, "HelmChartApplied", false, "ObjectsApplyingOngoing", "applying the add-ons of "+class)
		csCondition(a, "ClusterReady", true, "", "")
		csCondition(a, "Ready", false, "ObjectsApplyingOngoing", "")
		_, err = ri.UpdateStatus(ctx, a, metav1.UpdateOptions{})
		pr.event(a, false, "HookStarted", "Running hook %s for %s", wantHook, class)
		return false, err
	}
	if left := remaining(a, pr.step, "HelmChartApplied"); left > 0 {
		return false, nil
	}
	_ = unstructured.SetNestedField(a.Object, class, "spec", "clusterStack")
	_ = unstructured.SetNestedField(a.Object, stackVersion, "spec", "version")
	if _, err := ri.Update(ctx, a, metav1.UpdateOptions{}); err != nil {
		return false, err
	}
	a, err = ri.Get(ctx, a.GetName(), metav1.GetOptions{})
	if err != nil {
		return false, err
	}
	_ = unstructured.SetNestedSlice(a.Object, stagePhase("done"), "status", "stages")
	_ = unstructured.SetNestedField(a.Object, true, "status", "ready")
	csCondition(a, "HelmChartApplied", true, "", "")
	csCondition(a, "Ready", true, "", "")
	if _, err := ri.UpdateStatus(ctx, a, metav1.UpdateOptions{}); err != nil {
		return false, err
	}
	pr.event(a, false, "HookDone", "Hook %s done: add-ons of %s applied", wantHook, class)
	return true, nil
}
