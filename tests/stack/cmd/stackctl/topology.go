package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/client-go/dynamic"
)

// What Cluster API's topology, KubeadmControlPlane, MachineDeployment and MachineSet
// controllers would do for a Cluster with a topology, on the provisioner's clock (step s):
//
//	Cluster:  Pending (infrastructure s) -> Provisioning: KubeadmControlPlane <cluster>-<rand>
//	          -> first control plane Machine running: ControlPlaneInitialized, kubeconfig
//	          Secret, MachineDeployments <cluster>-<pool> -> MachineSets <md>-<hash> ->
//	          Machines <ms>-<rand> -> all machines running: Provisioned, Available/Ready.
//	Machine:  Provisioning (s) -> Provisioned (s) -> Running (node ready); deleted machines
//	          show Deleting for s, then go.
//	Upgrade:  a new topology version (and/or class) rolls the control plane first, then the
//	          MachineDeployments (in parallel): one surplus machine of the new version is made,
//	          and when it runs one old machine is deleted, until all are new. A class or
//	          version change of a pool makes a new MachineSet; the old one goes when empty.
//	          ClusterAddon cluster-addon-<cluster> runs its BeforeClusterUpgrade hook.
//
// Nothing here is stored beyond real Cluster API fields and labels: the state is read back
// from the objects at every pass, so a restarted provisioner continues.

const (
	machineFinalizer = "machine.cluster.x-k8s.io"
	labelCluster     = "cluster.x-k8s.io/cluster-name"
	labelTopoOwned   = "topology.cluster.x-k8s.io/owned"
	labelTopoMD      = "topology.cluster.x-k8s.io/deployment-name"
	labelMD          = "cluster.x-k8s.io/deployment-name"
	labelMS          = "cluster.x-k8s.io/set-name"
	labelTemplHash   = "machine-template-hash"
	labelCP          = "cluster.x-k8s.io/control-plane"
	labelCPName      = "cluster.x-k8s.io/control-plane-name"
	fieldManagerProv = "scs-stack-provisioner"
)

func randSuffix() string {
	const chars = "bcdfghjklmnpqrstvwxz2456789"
	b := []byte(randomID())
	out := make([]byte, 5)
	for i := range out {
		out[i] = chars[int(b[i*3])%len(chars)]
	}
	return string(out)
}

func shortHash(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return hex.EncodeToString(h[:])[:10]
}

type topoObjs struct {
	kcp      *unstructured.Unstructured
	mds      []*unstructured.Unstructured
	mss      []*unstructured.Unstructured
	machines []*unstructured.Unstructured
}

func (pr *provisioner) listOwned(ctx context.Context, gvr schema.GroupVersionResource, ns, cluster string) ([]*unstructured.Unstructured, error) {
	l, err := pr.dyn.Resource(gvr).Namespace(ns).List(ctx, metav1.ListOptions{LabelSelector: labelCluster + "=" + cluster})
	if err != nil {
		return nil, err
	}
	out := make([]*unstructured.Unstructured, 0, len(l.Items))
	for i := range l.Items {
		out = append(out, &l.Items[i])
	}
	sort.Slice(out, func(i, j int) bool {
		ti, tj := out[i].GetCreationTimestamp(), out[j].GetCreationTimestamp()
		if ti.Equal(&tj) {
			return out[i].GetName() < out[j].GetName()
		}
		return ti.Before(&tj)
	})
	return out, nil
}

func (pr *provisioner) loadTopo(ctx context.Context, cl *unstructured.Unstructured) (*topoObjs, error) {
	ns, name := cl.GetNamespace(), cl.GetName()
	t := &topoObjs{}
	kcps, err := pr.listOwned(ctx, pr.capi.kcp, ns, name)
	if err != nil {
		return nil, err
	}
	if len(kcps) > 0 {
		t.kcp = kcps[0]
	}
	if t.mds, err = pr.listOwned(ctx, pr.capi.md, ns, name); err != nil {
		return nil, err
	}
	if t.mss, err = pr.listOwned(ctx, pr.capi.ms, ns, name); err != nil {
		return nil, err
	}
	if t.machines, err = pr.listOwned(ctx, pr.capi.machine, ns, name); err != nil {
		return nil, err
	}
	return t, nil
}

// --- machines --------------------------------------------------------------------------

type machineState struct {
	phase                       string
	infra, node, deleting, done bool
}

func (pr *provisioner) stateOf(m *unstructured.Unstructured) machineState {
	if ts := m.GetDeletionTimestamp(); ts != nil {
		return machineState{phase: "Deleting", infra: true, node: false, deleting: true,
			done: time.Since(ts.Time) >= pr.step}
	}
	age := time.Since(m.GetCreationTimestamp().Time)
	switch {
	case age < pr.step:
		return machineState{phase: "Provisioning"}
	case age < 2*pr.step:
		return machineState{phase: "Provisioned", infra: true}
	default:
		return machineState{phase: "Running", infra: true, node: true}
	}
}

func (pr *provisioner) machineRunning(m *unstructured.Unstructured) bool {
	s := pr.stateOf(m)
	return s.node && !s.deleting
}

func machineVersion(m *unstructured.Unstructured) string {
	v, _, _ := unstructured.NestedString(m.Object, "spec", "version")
	return v
}

// newMachine creates a Machine with the given labels and owner.
func (pr *provisioner) newMachine(ctx context.Context, cl, owner *unstructured.Unstructured, prefix, version string,
	labels map[string]string) error {
	ns := cl.GetNamespace()
	name := prefix + "-" + randSuffix()
	bootstrapKind := "KubeadmConfig"
	m := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": pr.capi.machine.GroupVersion().String(),
		"kind":       "Machine",
		"metadata":   map[string]any{"name": name, "namespace": ns},
		"spec": map[string]any{
			"clusterName": cl.GetName(),
			"version":     version,
			"bootstrap": map[string]any{"configRef": pr.capi.objectRef("bootstrap.cluster.x-k8s.io/"+pr.capi.version,
				bootstrapKind, name, ns)},
			"infrastructureRef": pr.capi.objectRef("infrastructure.cluster.x-k8s.io/v1beta1", "OpenStackMachine", name, ns),
		},
	}}
	m.SetLabels(labels)
	m.SetFinalizers([]string{machineFinalizer})
	m.SetOwnerReferences([]metav1.OwnerReference{ownerRef(owner)})
	created, err := pr.dyn.Resource(pr.capi.machine).Namespace(ns).Create(ctx, m, metav1.CreateOptions{FieldManager: fieldManagerProv})
	if err != nil {
		return err
	}
	osm := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": pr.capi.osm.GroupVersion().String(), "kind": "OpenStackMachine",
		"metadata": map[string]any{"name": name, "namespace": ns},
		"spec":     map[string]any{"flavor": "", "image": map[string]any{}},
	}}
	osm.SetLabels(labels)
	osm.SetOwnerReferences([]metav1.OwnerReference{ownerRef(created)})
	if _, err := pr.dyn.Resource(pr.capi.osm).Namespace(ns).Create(ctx, osm, metav1.CreateOptions{FieldManager: fieldManagerProv}); err != nil && !apierrors.IsAlreadyExists(err) {
		return err
	}
	pr.event(cl, false, "MachineCreated", "Created Machine %s (%s) for %s %s", name, version, owner.GetKind(), owner.GetName())
	return nil
}

func (pr *provisioner) deleteMachine(ctx context.Context, cl, m *unstructured.Unstructured, why string) error {
	err := pr.dyn.Resource(pr.capi.machine).Namespace(m.GetNamespace()).Delete(ctx, m.GetName(), metav1.DeleteOptions{})
	if err != nil && !apierrors.IsNotFound(err) {
		return err
	}
	pr.event(cl, false, "MachineDeleted", "Deleting Machine %s: %s", m.GetName(), why)
	return nil
}

// syncMachine writes a Machine's status for its age; a deleted one loses its finalizer once
// it has shown Deleting for a step.
func (pr *provisioner) syncMachine(ctx context.Context, m *unstructured.Unstructured, upToDate bool) error {
	ri := pr.dyn.Resource(pr.capi.machine).Namespace(m.GetNamespace())
	s := pr.stateOf(m)
	if s.deleting && s.done {
		if err := pr.dyn.Resource(pr.capi.osm).Namespace(m.GetNamespace()).Delete(ctx, m.GetName(), metav1.DeleteOptions{}); err != nil && !apierrors.IsNotFound(err) {
			return err
		}
		if hasFinalizer(m, machineFinalizer) {
			m.SetFinalizers(nil)
			_, err := ri.Update(ctx, m, metav1.UpdateOptions{})
			if apierrors.IsNotFound(err) {
				return nil
			}
			return err
		}
		return nil
	}
	if err := pr.syncOpenStackMachine(ctx, m, s); err != nil {
		return err
	}
	before := fmt.Sprint(m.Object["status"], m.Object["spec"])
	version := machineVersion(m)
	if s.node {
		if id, _, _ := unstructured.NestedString(m.Object, "spec", "providerID"); id == "" {
			_ = unstructured.SetNestedField(m.Object, "openstack:///"+randomID(), "spec", "providerID")
			updated, err := ri.Update(ctx, m, metav1.UpdateOptions{})
			if err != nil {
				return err
			}
			m = updated
		}
	}
	st := map[string]any{}
	if old, ok := m.Object["status"].(map[string]any); ok {
		st = old
	}
	st["phase"] = s.phase
	st["observedGeneration"] = m.GetGeneration()
	st["bootstrapReady"] = true
	st["infrastructureReady"] = s.infra
	st["initialization"] = map[string]any{"bootstrapDataSecretCreated": true, "infrastructureProvisioned": s.infra}
	if s.infra {
		st["addresses"] = []any{map[string]any{"type": "InternalIP", "address": "10.8.0." + fmt.Sprint(10+int(m.GetUID()[1])%200)}}
	}
	if s.node {
		st["nodeRef"] = map[string]any{"apiVersion": "v1", "kind": "Node", "name": m.GetName()}
		st["nodeInfo"] = map[string]any{
			"architecture": "amd64", "bootID": m.GetUID(), "containerRuntimeVersion": "containerd://2.1.4",
			"kernelVersion": "6.8.0-79-generic", "kubeProxyVersion": version, "kubeletVersion": version,
			"machineID": strings.ReplaceAll(string(m.GetUID()), "-", ""), "operatingSystem": "linux",
			"osImage": "Ubuntu 24.04.3 LTS", "systemUUID": string(m.GetUID()),
		}
	}
	m.Object["status"] = st
	var v2, v1 []cond
	switch {
	case s.deleting:
		v2 = []cond{
			yes("BootstrapConfigReady", "Ready", ""), yes("InfrastructureReady", "Ready", ""),
			no("NodeReady", "NodeReadyUnknown", "Node is being drained"), no("NodeHealthy", "", "Node is being drained"),
			no("Ready", "", "Machine is being deleted"), no("Available", "", "Machine is being deleted"),
			when(upToDate, "UpToDate", "", "", "Machine is being deleted"),
			yes("Deleting", "DrainingNode", "Drain not completed yet"), no("Paused", "NotPaused", ""),
		}
		v1 = []cond{no("Ready", "Deleting", ""), yes("BootstrapReady", "", ""), yes("InfrastructureReady", "", ""),
			no("NodeHealthy", "Deleting", "")}
	default:
		infraMsg, nodeMsg := "", ""
		if !s.infra {
			infraMsg = "OpenStackMachine is being provisioned"
		}
		if !s.node {
			nodeMsg = "Waiting for a Node with spec.providerID to exist"
		}
		v2 = []cond{
			yes("BootstrapConfigReady", "Ready", ""),
			when(s.infra, "InfrastructureReady", "Ready", "NotReady", infraMsg),
			when(s.node, "NodeReady", "NodeReady", "NodeReadyUnknown", nodeMsg),
			when(s.node, "NodeHealthy", "NodeHealthy", "", nodeMsg),
			when(s.node, "Ready", "", "", nodeMsg),
			when(s.node, "Available", "", "", nodeMsg),
			when(upToDate, "UpToDate", "", "", "Version "+version+" is not the wanted one"),
			no("Deleting", "NotDeleting", ""), no("Paused", "NotPaused", ""),
		}
		v1 = []cond{
			when(s.node, "Ready", "", "WaitingForNodeRef", ""), yes("BootstrapReady", "", ""),
			when(s.infra, "InfrastructureReady", "", "WaitingForInfrastructure", ""),
			when(s.node, "NodeHealthy", "", "WaitingForNodeRef", ""),
		}
	}
	pr.capi.setConds(m, v2, v1)
	if fmt.Sprint(m.Object["status"], m.Object["spec"]) == before {
		return nil
	}
	_, err := ri.UpdateStatus(ctx, m, metav1.UpdateOptions{})
	if apierrors.IsNotFound(err) {
		return nil
	}
	return err
}

// syncOpenStackMachine writes the infrastructure machine's status as CAPO would: an instance
// in BUILD, then ACTIVE (ready), DELETING while the Machine goes.
func (pr *provisioner) syncOpenStackMachine(ctx context.Context, m *unstructured.Unstructured, s machineState) error {
	ri := pr.dyn.Resource(pr.capi.osm).Namespace(m.GetNamespace())
	o, err := ri.Get(ctx, m.GetName(), metav1.GetOptions{})
	if apierrors.IsNotFound(err) && !s.deleting {
		// Machines made before this stack had infrastructure objects get theirs.
		o = &unstructured.Unstructured{Object: map[string]any{
			"apiVersion": pr.capi.osm.GroupVersion().String(), "kind": "OpenStackMachine",
			"metadata": map[string]any{"name": m.GetName(), "namespace": m.GetNamespace()},
			"spec":     map[string]any{"flavor": "", "image": map[string]any{}},
		}}
		o.SetLabels(m.GetLabels())
		o.SetOwnerReferences([]metav1.OwnerReference{ownerRef(m)})
		o, err = ri.Create(ctx, o, metav1.CreateOptions{FieldManager: fieldManagerProv})
	}
	if apierrors.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	before := fmt.Sprint(o.Object["status"], o.Object["spec"])
	id, _, _ := unstructured.NestedString(m.Object, "spec", "providerID")
	if id != "" {
		_ = unstructured.SetNestedField(o.Object, id, "spec", "providerID")
		if fmt.Sprint(o.Object["status"], o.Object["spec"]) != before {
			if o, err = ri.Update(ctx, o, metav1.UpdateOptions{}); err != nil {
				return err
			}
			before = fmt.Sprint(o.Object["status"], o.Object["spec"])
		}
	}
	state := "BUILD"
	switch {
	case s.deleting:
		state = "DELETING"
	case s.infra:
		state = "ACTIVE"
	}
	_ = unstructured.SetNestedField(o.Object, s.infra && !s.deleting, "status", "ready")
	_ = unstructured.SetNestedField(o.Object, state, "status", "instanceState")
	if id != "" {
		_ = unstructured.SetNestedField(o.Object, strings.TrimPrefix(id, "openstack:///"), "status", "instanceID")
	}
	if addr, ok, _ := unstructured.NestedSlice(m.Object, "status", "addresses"); ok {
		_ = unstructured.SetNestedSlice(o.Object, addr, "status", "addresses")
	}
	ok := s.infra && !s.deleting
	reason := "InstanceNotReady"
	if s.deleting {
		reason = "InstanceDeleted"
	}
	csCondition(o, "Ready", ok, reason, "")
	csCondition(o, "InstanceReady", ok, reason, "")
	if fmt.Sprint(o.Object["status"], o.Object["spec"]) == before {
		return nil
	}
	_, err = ri.UpdateStatus(ctx, o, metav1.UpdateOptions{})
	if apierrors.IsNotFound(err) {
		return nil
	}
	return err
}

// ensureOpenStackCluster makes the cluster's infrastructure object (<cluster>-<5 chars>,
// spec.infrastructureRef) and sets its readiness.
func (pr *provisioner) ensureOpenStackCluster(ctx context.Context, cl *unstructured.Unstructured, ready bool) error {
	ns, cname := cl.GetNamespace(), cl.GetName()
	ri := pr.dyn.Resource(pr.capi.osc).Namespace(ns)
	l, err := ri.List(ctx, metav1.ListOptions{LabelSelector: labelCluster + "=" + cname})
	if err != nil {
		return err
	}
	var o *unstructured.Unstructured
	if len(l.Items) > 0 {
		o = &l.Items[0]
	} else {
		o = &unstructured.Unstructured{Object: map[string]any{
			"apiVersion": pr.capi.osc.GroupVersion().String(), "kind": "OpenStackCluster",
			"metadata": map[string]any{"name": cname + "-" + randSuffix(), "namespace": ns},
			"spec":     map[string]any{"identityRef": map[string]any{"cloudName": "openstack", "name": "openstack"}},
		}}
		o.SetLabels(map[string]string{labelCluster: cname, labelTopoOwned: ""})
		o.SetOwnerReferences([]metav1.OwnerReference{ownerRef(cl)})
		if o, err = ri.Create(ctx, o, metav1.CreateOptions{FieldManager: fieldManagerProv}); err != nil {
			return err
		}
	}
	if ref, _, _ := unstructured.NestedString(cl.Object, "spec", "infrastructureRef", "name"); ref != o.GetName() {
		_ = unstructured.SetNestedMap(cl.Object, pr.capi.objectRef(pr.capi.osc.GroupVersion().String(), "OpenStackCluster", o.GetName(), ns),
			"spec", "infrastructureRef")
		updated, err := pr.dyn.Resource(pr.capi.cluster).Namespace(ns).Update(ctx, cl, metav1.UpdateOptions{})
		if err != nil {
			return err
		}
		cl.Object = updated.Object
	}
	before := fmt.Sprint(o.Object["status"])
	_ = unstructured.SetNestedField(o.Object, ready, "status", "ready")
	if ready {
		if _, found, _ := unstructured.NestedString(o.Object, "status", "network", "id"); !found {
			_ = unstructured.SetNestedMap(o.Object, map[string]any{"id": randomID(), "name": "k8s-clusterapi-cluster-" + ns + "-" + cname},
				"status", "network")
		}
	}
	csCondition(o, "Ready", ready, "NetworkNotReady", "")
	if fmt.Sprint(o.Object["status"]) == before {
		return nil
	}
	_, err = ri.UpdateStatus(ctx, o, metav1.UpdateOptions{})
	return err
}

// rollStep is one step of a rolling update with maxSurge 1, maxUnavailable 0, over machines
// that are up to date (want) or not (old). It returns what to do: create a machine, delete one,
// or nothing; one change per pass and group, never while a machine is still being deleted.
func (pr *provisioner) rollStep(want int, current, old, deleting []*unstructured.Unstructured) (create bool, del *unstructured.Unstructured) {
	if len(deleting) > 0 {
		return false, nil
	}
	readyNew := 0
	for _, m := range current {
		if pr.machineRunning(m) {
			readyNew++
		}
	}
	switch {
	case len(current) < want && len(current)+len(old) < want+1:
		return true, nil
	case len(old) > 0 && readyNew+len(old) > want:
		return false, old[0]
	case len(old) > 0 && len(current) >= want && readyNew == len(current):
		return false, old[0]
	case len(current) > want && len(old) == 0:
		return false, current[len(current)-1]
	}
	return false, nil
}

// --- KubeadmControlPlane ------------------------------------------------------------------

func topologyInt(cl *unstructured.Unstructured, def int64, path ...string) int64 {
	v, found, _ := unstructured.NestedInt64(cl.Object, path...)
	if !found {
		return def
	}
	return v
}

func (pr *provisioner) ensureKCP(ctx context.Context, cl *unstructured.Unstructured, t *topoObjs) error {
	ns, cname := cl.GetNamespace(), cl.GetName()
	class := topologyClass(cl)
	version, _, _ := unstructured.NestedString(cl.Object, "spec", "topology", "version")
	replicas := topologyInt(cl, 1, "spec", "topology", "controlPlane", "replicas")
	ri := pr.dyn.Resource(pr.capi.kcp).Namespace(ns)
	infraRef := pr.capi.objectRef("infrastructure.cluster.x-k8s.io/v1beta1", "OpenStackMachineTemplate", class+"-control-plane", ns)
	setTemplate := func(k *unstructured.Unstructured) {
		if pr.capi.v2() {
			_ = unstructured.SetNestedMap(k.Object, map[string]any{"spec": map[string]any{"infrastructureRef": infraRef}}, "spec", "machineTemplate")
		} else {
			_ = unstructured.SetNestedMap(k.Object, map[string]any{"infrastructureRef": infraRef}, "spec", "machineTemplate")
		}
	}
	if t.kcp == nil {
		k := &unstructured.Unstructured{Object: map[string]any{
			"apiVersion": pr.capi.kcp.GroupVersion().String(),
			"kind":       "KubeadmControlPlane",
			"metadata":   map[string]any{"name": cname + "-" + randSuffix(), "namespace": ns},
			"spec": map[string]any{
				"replicas": replicas, "version": version,
			},
		}}
		setTemplate(k)
		if !pr.capi.v2() {
			// Required in v1beta1 (v1beta2 refuses an empty clusterConfiguration instead).
			_ = unstructured.SetNestedMap(k.Object, map[string]any{}, "spec", "kubeadmConfigSpec")
		}
		k.SetLabels(map[string]string{labelCluster: cname, labelTopoOwned: ""})
		k.SetOwnerReferences([]metav1.OwnerReference{ownerRef(cl)})
		created, err := ri.Create(ctx, k, metav1.CreateOptions{FieldManager: fieldManagerProv})
		if err != nil {
			return err
		}
		t.kcp = created
		pr.event(cl, false, "TopologyCreate", "Created KubeadmControlPlane %s (%s, %d replicas)", created.GetName(), version, replicas)
		// The Cluster points at its control plane.
		_ = unstructured.SetNestedMap(cl.Object, pr.capi.objectRef(pr.capi.kcp.GroupVersion().String(), "KubeadmControlPlane",
			created.GetName(), ns), "spec", "controlPlaneRef")
		updated, err := pr.dyn.Resource(pr.capi.cluster).Namespace(ns).Update(ctx, cl, metav1.UpdateOptions{})
		if err != nil {
			return err
		}
		cl.Object = updated.Object
		return nil
	}
	k := t.kcp
	if ref, _, _ := unstructured.NestedString(cl.Object, "spec", "controlPlaneRef", "name"); ref != k.GetName() {
		_ = unstructured.SetNestedMap(cl.Object, pr.capi.objectRef(pr.capi.kcp.GroupVersion().String(), "KubeadmControlPlane",
			k.GetName(), ns), "spec", "controlPlaneRef")
		updated, err := pr.dyn.Resource(pr.capi.cluster).Namespace(ns).Update(ctx, cl, metav1.UpdateOptions{})
		if err != nil {
			return err
		}
		cl.Object = updated.Object
	}
	curV, _, _ := unstructured.NestedString(k.Object, "spec", "version")
	curR := topologyInt(k, 1, "spec", "replicas")
	if curV == version && curR == replicas {
		return nil
	}
	// The topology controller upgrades the control plane before the workers.
	_ = unstructured.SetNestedField(k.Object, version, "spec", "version")
	_ = unstructured.SetNestedField(k.Object, replicas, "spec", "replicas")
	setTemplate(k)
	updated, err := ri.Update(ctx, k, metav1.UpdateOptions{})
	if err != nil {
		return err
	}
	t.kcp = updated
	if curV != version {
		pr.event(cl, false, "TopologyUpdate", "Upgrading KubeadmControlPlane %s from %s to %s", k.GetName(), curV, version)
	}
	return nil
}

// cpMachines sorts the control plane machines into up to date, old and deleting.
func (pr *provisioner) cpMachines(t *topoObjs) (current, old, deleting []*unstructured.Unstructured) {
	if t.kcp == nil {
		return
	}
	version, _, _ := unstructured.NestedString(t.kcp.Object, "spec", "version")
	for _, m := range t.machines {
		if m.GetLabels()[labelCPName] != t.kcp.GetName() {
			continue
		}
		switch {
		case m.GetDeletionTimestamp() != nil:
			deleting = append(deleting, m)
		case machineVersion(m) == version:
			current = append(current, m)
		default:
			old = append(old, m)
		}
	}
	return
}

// reconcileKCP rolls the control plane machines and writes the KCP status; it reports whether
// the control plane is initialized (a machine ran once) and fully rolled out and ready.
func (pr *provisioner) reconcileKCP(ctx context.Context, cl *unstructured.Unstructured, t *topoObjs) (initialized, settled bool, err error) {
	k := t.kcp
	want := int(topologyInt(k, 1, "spec", "replicas"))
	version, _, _ := unstructured.NestedString(k.Object, "spec", "version")
	current, old, deleting := pr.cpMachines(t)
	create, del := pr.rollStep(want, current, old, deleting)
	if create {
		if err := pr.newMachine(ctx, cl, k, k.GetName(), version, map[string]string{
			labelCluster: cl.GetName(), labelCP: "", labelCPName: k.GetName(),
		}); err != nil {
			return false, false, err
		}
	}
	if del != nil {
		if err := pr.deleteMachine(ctx, cl, del, "control plane rollout to "+version); err != nil {
			return false, false, err
		}
	}
	for _, m := range append(append(append([]*unstructured.Unstructured{}, current...), old...), deleting...) {
		if err := pr.syncMachine(ctx, m, machineVersion(m) == version); err != nil {
			return false, false, err
		}
	}
	all := len(current) + len(old)
	ready, upToDate := 0, len(current)
	minVersion := version
	for _, m := range append(append([]*unstructured.Unstructured{}, current...), old...) {
		if pr.machineRunning(m) {
			ready++
		}
		if v := machineVersion(m); v < minVersion {
			minVersion = v
		}
	}
	initialized, _, _ = unstructured.NestedBool(k.Object, "status", "initialized")
	initialized = initialized || ready > 0
	rolling := len(old) > 0 || len(deleting) > 0
	scalingUp, scalingDown := all < want, all > want && len(old) == 0
	available := initialized && ready > 0
	settled = !rolling && ready == want && upToDate == want && len(deleting) == 0
	st := map[string]any{
		"replicas": int64(all), "readyReplicas": int64(ready), "availableReplicas": int64(ready),
		"upToDateReplicas": int64(upToDate), "updatedReplicas": int64(upToDate),
		"unavailableReplicas": int64(all - ready), "version": minVersion,
		"initialized": initialized, "ready": ready > 0,
		"initialization":     map[string]any{"controlPlaneInitialized": initialized},
		"observedGeneration": k.GetGeneration(),
		"selector":           labelCluster + "=" + cl.GetName() + "," + labelCP + "," + labelCPName + "=" + k.GetName(),
	}
	if old, ok := k.Object["status"].(map[string]any); ok {
		for _, key := range []string{"conditions", "deprecated", "v1beta2"} {
			if v, ok := old[key]; ok {
				st[key] = v
			}
		}
	}
	before := fmt.Sprint(k.Object["status"])
	k.Object["status"] = st
	msg := fmt.Sprintf("%d of %d machines ready, %d up to date (%s)", ready, want, upToDate, version)
	pr.capi.setConds(k, []cond{
		when(available, "Available", "", "", "Control plane not yet available: "+msg),
		yes("CertificatesAvailable", "Available", ""),
		when(initialized, "Initialized", "Initialized", "NotInitialized", "Waiting for the first control plane machine"),
		when(available, "EtcdClusterHealthy", "Healthy", "HealthUnknown", ""),
		when(available, "ControlPlaneComponentsHealthy", "Healthy", "HealthUnknown", ""),
		when(ready == all && all > 0, "MachinesReady", "Ready", "NotReady", msg),
		when(len(old) == 0, "MachinesUpToDate", "UpToDate", "NotUpToDate", msg),
		cond{"RollingOut", rolling, map[bool]string{true: "RollingOut", false: "NotRollingOut"}[rolling], rollingMsg(rolling, len(old), version)},
		cond{"ScalingUp", scalingUp, map[bool]string{true: "ScalingUp", false: "NotScalingUp"}[scalingUp], ""},
		cond{"ScalingDown", scalingDown, map[bool]string{true: "ScalingDown", false: "NotScalingDown"}[scalingDown], ""},
		no("Remediating", "NotRemediating", ""), no("Deleting", "NotDeleting", ""), no("Paused", "NotPaused", ""),
	}, []cond{
		when(settled, "Ready", "", "RollingUpdateInProgress", msg),
		when(available, "Available", "", "WaitingForKubeadmInit", ""),
		yes("CertificatesAvailable", "", ""),
		when(all >= want, "MachinesCreated", "", "WaitingForMachines", ""),
		when(ready == all && all > 0, "MachinesReady", "", "WaitingForMachines", ""),
		when(all == want, "Resized", "", "ScalingUp", ""),
	})
	if fmt.Sprint(k.Object["status"]) != before {
		if _, err := pr.dyn.Resource(pr.capi.kcp).Namespace(k.GetNamespace()).UpdateStatus(ctx, k, metav1.UpdateOptions{}); err != nil {
			return false, false, err
		}
	}
	return initialized, settled && !create && del == nil, nil
}

func rollingMsg(rolling bool, old int, version string) string {
	if !rolling {
		return ""
	}
	return fmt.Sprintf("Rolling out %d machine(s) to %s", old, version)
}

// --- MachineDeployments and MachineSets ------------------------------------------------------

type pool struct {
	name, class string
	replicas    int64
	annotations map[string]string // topology metadata.annotations, propagated to the MD
}

func topologyPools(cl *unstructured.Unstructured) []pool {
	topo, _, _ := unstructured.NestedSlice(cl.Object, "spec", "topology", "workers", "machineDeployments")
	var out []pool
	for _, x := range topo {
		m, _ := x.(map[string]any)
		p := pool{replicas: 1}
		p.name, _ = m["name"].(string)
		p.class, _ = m["class"].(string)
		p.annotations, _, _ = unstructured.NestedStringMap(m, "metadata", "annotations")
		if r, ok := m["replicas"].(int64); ok {
			p.replicas = r
		} else if min, err := strconv.ParseInt(fmt.Sprint(getNested(m, "metadata", "annotations",
			"cluster.x-k8s.io/cluster-api-autoscaler-node-group-min-size")), 10, 64); err == nil {
			// No autoscaler runs here: a pool left to it stays at its minimum.
			p.replicas = min
		}
		out = append(out, p)
	}
	return out
}

// mdTemplate is the machine template of a pool for the cluster's class and version.
func (pr *provisioner) mdTemplate(cl *unstructured.Unstructured, p pool, labels map[string]any) map[string]any {
	ns := cl.GetNamespace()
	class := topologyClass(cl)
	version, _, _ := unstructured.NestedString(cl.Object, "spec", "topology", "version")
	return map[string]any{
		"metadata": map[string]any{"labels": labels},
		"spec": map[string]any{
			"clusterName": cl.GetName(),
			"version":     version,
			"bootstrap": map[string]any{"configRef": pr.capi.objectRef("bootstrap.cluster.x-k8s.io/"+pr.capi.version,
				"KubeadmConfigTemplate", class+"-"+p.class, ns)},
			"infrastructureRef": pr.capi.objectRef("infrastructure.cluster.x-k8s.io/v1beta1", "OpenStackMachineTemplate",
				class+"-"+p.class, ns),
		},
	}
}

// ensureMachineDeployments mirrors spec.topology.workers.machineDeployments (names
// <cluster>-<pool>); upgrade: whether the topology may roll them to a new class or version
// (only once the control plane runs it).
func (pr *provisioner) ensureMachineDeployments(ctx context.Context, cl *unstructured.Unstructured, t *topoObjs, upgrade bool) error {
	ns, cname := cl.GetNamespace(), cl.GetName()
	mds := pr.dyn.Resource(pr.capi.md).Namespace(ns)
	wanted := map[string]bool{}
	var keep []*unstructured.Unstructured
	for _, p := range topologyPools(cl) {
		full := cname + "-" + p.name
		wanted[full] = true
		labels := map[string]any{labelCluster: cname, labelTopoOwned: "", labelTopoMD: p.name}
		var md *unstructured.Unstructured
		for _, x := range t.mds {
			if x.GetName() == full {
				md = x
			}
		}
		if md == nil {
			md = &unstructured.Unstructured{Object: map[string]any{
				"apiVersion": pr.capi.md.GroupVersion().String(),
				"kind":       "MachineDeployment",
				"metadata":   map[string]any{"name": full, "namespace": ns, "labels": labels},
				"spec": map[string]any{
					"clusterName": cname,
					"replicas":    p.replicas,
					"selector":    map[string]any{"matchLabels": labels},
					"template":    pr.mdTemplate(cl, p, labels),
				},
			}}
			md.SetOwnerReferences([]metav1.OwnerReference{ownerRef(cl)})
			if len(p.annotations) > 0 {
				md.SetAnnotations(p.annotations)
			}
			created, err := mds.Create(ctx, md, metav1.CreateOptions{FieldManager: fieldManagerProv})
			if err != nil {
				return err
			}
			pr.event(cl, false, "TopologyCreate", "Created MachineDeployment %s (%d replicas)", full, p.replicas)
			keep = append(keep, created)
			continue
		}
		before := fmt.Sprint(md.Object["spec"], md.GetAnnotations())
		_ = unstructured.SetNestedField(md.Object, p.replicas, "spec", "replicas")
		if len(p.annotations) > 0 {
			annos := md.GetAnnotations()
			if annos == nil {
				annos = map[string]string{}
			}
			for k, v := range p.annotations {
				annos[k] = v
			}
			md.SetAnnotations(annos)
		}
		if upgrade {
			oldV, _, _ := unstructured.NestedString(md.Object, "spec", "template", "spec", "version")
			_ = unstructured.SetNestedMap(md.Object, pr.mdTemplate(cl, p, labels), "spec", "template")
			if newV, _, _ := unstructured.NestedString(md.Object, "spec", "template", "spec", "version"); newV != oldV {
				pr.event(cl, false, "TopologyUpdate", "Upgrading MachineDeployment %s from %s to %s", full, oldV, newV)
			}
		}
		if fmt.Sprint(md.Object["spec"], md.GetAnnotations()) != before {
			updated, err := mds.Update(ctx, md, metav1.UpdateOptions{})
			if err != nil {
				return err
			}
			md = updated
		}
		keep = append(keep, md)
	}
	for _, md := range t.mds {
		if wanted[md.GetName()] {
			continue
		}
		if err := pr.deleteMachineDeployment(ctx, cl, md, t); err != nil {
			return err
		}
	}
	t.mds = keep
	return nil
}

func (pr *provisioner) deleteMachineDeployment(ctx context.Context, cl, md *unstructured.Unstructured, t *topoObjs) error {
	ns := md.GetNamespace()
	for _, m := range t.machines {
		if m.GetLabels()[labelMD] == md.GetName() {
			m.SetFinalizers(nil)
			if _, err := pr.dyn.Resource(pr.capi.machine).Namespace(ns).Update(ctx, m, metav1.UpdateOptions{}); err != nil && !apierrors.IsNotFound(err) {
				return err
			}
			_ = pr.dyn.Resource(pr.capi.machine).Namespace(ns).Delete(ctx, m.GetName(), metav1.DeleteOptions{})
		}
	}
	for _, ms := range t.mss {
		if ms.GetLabels()[labelMD] == md.GetName() {
			_ = pr.dyn.Resource(pr.capi.ms).Namespace(ns).Delete(ctx, ms.GetName(), metav1.DeleteOptions{})
		}
	}
	if err := pr.dyn.Resource(pr.capi.md).Namespace(ns).Delete(ctx, md.GetName(), metav1.DeleteOptions{}); err != nil && !apierrors.IsNotFound(err) {
		return err
	}
	pr.event(cl, false, "TopologyDelete", "Deleted MachineDeployment %s", md.GetName())
	return nil
}

// reconcileMD does the MachineDeployment and MachineSet controllers' work for one pool and
// reports whether it is rolled out with all replicas ready.
func (pr *provisioner) reconcileMD(ctx context.Context, cl, md *unstructured.Unstructured, t *topoObjs) (bool, error) {
	ns := md.GetNamespace()
	want := int(topologyInt(md, 1, "spec", "replicas"))
	tmpl, _, _ := unstructured.NestedMap(md.Object, "spec", "template")
	version, _, _ := unstructured.NestedString(tmpl, "spec", "version")
	hash := shortHash(fmt.Sprint(tmpl["spec"]))
	msRI := pr.dyn.Resource(pr.capi.ms).Namespace(ns)

	var newMS *unstructured.Unstructured
	var oldMSs []*unstructured.Unstructured
	for _, ms := range t.mss {
		if ms.GetLabels()[labelMD] != md.GetName() {
			continue
		}
		if ms.GetLabels()[labelTemplHash] == hash {
			newMS = ms
		} else {
			oldMSs = append(oldMSs, ms)
		}
	}
	if newMS == nil {
		labels := map[string]string{labelCluster: cl.GetName(), labelMD: md.GetName(), labelTemplHash: hash}
		for k, v := range md.GetLabels() {
			labels[k] = v
		}
		msLabels := map[string]any{}
		for k, v := range labels {
			msLabels[k] = v
		}
		tmplCopy := runtimeDeepCopy(tmpl)
		_ = unstructured.SetNestedMap(tmplCopy, msLabels, "metadata", "labels")
		ms := &unstructured.Unstructured{Object: map[string]any{
			"apiVersion": pr.capi.ms.GroupVersion().String(),
			"kind":       "MachineSet",
			"metadata":   map[string]any{"name": md.GetName() + "-" + randSuffix(), "namespace": ns},
			"spec": map[string]any{
				"clusterName": cl.GetName(),
				"replicas":    int64(0),
				"selector":    map[string]any{"matchLabels": msLabels},
				"template":    tmplCopy,
			},
		}}
		ms.SetLabels(labels)
		ms.SetOwnerReferences([]metav1.OwnerReference{ownerRef(md)})
		created, err := msRI.Create(ctx, ms, metav1.CreateOptions{FieldManager: fieldManagerProv})
		if err != nil {
			return false, err
		}
		pr.event(cl, false, "MachineSetCreated", "Created MachineSet %s (%s) for MachineDeployment %s", created.GetName(), version, md.GetName())
		newMS = created
	}
	machinesOf := func(ms *unstructured.Unstructured) (live, deleting []*unstructured.Unstructured) {
		for _, m := range t.machines {
			if m.GetLabels()[labelMS] != ms.GetName() {
				continue
			}
			if m.GetDeletionTimestamp() != nil {
				deleting = append(deleting, m)
			} else {
				live = append(live, m)
			}
		}
		return
	}
	current, deleting := machinesOf(newMS)
	var old []*unstructured.Unstructured
	for _, ms := range oldMSs {
		live, del := machinesOf(ms)
		old = append(old, live...)
		deleting = append(deleting, del...)
	}
	create, del := pr.rollStep(want, current, old, deleting)
	if create {
		labels := map[string]string{}
		for k, v := range newMS.GetLabels() {
			labels[k] = v
		}
		labels[labelMS] = newMS.GetName()
		if err := pr.newMachine(ctx, cl, newMS, newMS.GetName(), version, labels); err != nil {
			return false, err
		}
	}
	if del != nil {
		if err := pr.deleteMachine(ctx, cl, del, "MachineDeployment "+md.GetName()+" rollout to "+version); err != nil {
			return false, err
		}
	}
	for _, m := range current {
		if err := pr.syncMachine(ctx, m, true); err != nil {
			return false, err
		}
	}
	for _, m := range append(append([]*unstructured.Unstructured{}, old...), deleting...) {
		if err := pr.syncMachine(ctx, m, machineVersion(m) == version && m.GetLabels()[labelTemplHash] == hash); err != nil {
			return false, err
		}
	}

	// MachineSet status; empty old sets go.
	count := func(ms []*unstructured.Unstructured, delta int) (int, int) {
		ready := 0
		for _, m := range ms {
			if pr.machineRunning(m) {
				ready++
			}
		}
		return len(ms) + delta, ready
	}
	delta := 0
	if create {
		delta = 1
	}
	n, ready := count(current, delta)
	if err := pr.syncMachineSet(ctx, newMS, n, ready, n, true); err != nil {
		return false, err
	}
	oldReady := 0
	for _, ms := range oldMSs {
		live, dels := machinesOf(ms)
		d := 0
		if del != nil && del.GetLabels()[labelMS] == ms.GetName() {
			d = -1
		}
		if len(live)+d == 0 && len(dels) == 0 && del == nil {
			if err := msRI.Delete(ctx, ms.GetName(), metav1.DeleteOptions{}); err != nil && !apierrors.IsNotFound(err) {
				return false, err
			}
			pr.event(cl, false, "MachineSetDeleted", "Deleted MachineSet %s (rolled out)", ms.GetName())
			continue
		}
		on, or := count(live, d)
		oldReady += or
		if err := pr.syncMachineSet(ctx, ms, on, or, 0, false); err != nil {
			return false, err
		}
	}

	// MachineDeployment status.
	all := len(current) + len(old) + delta
	if del != nil {
		all--
	}
	readyAll := ready + oldReady
	upToDate := len(current) + delta
	rolling := len(old) > 0 || len(deleting) > 0 || del != nil
	scalingUp, scalingDown := all < want, all > want
	mdPhase := "Running"
	switch {
	case scalingUp:
		mdPhase = "ScalingUp"
	case scalingDown:
		mdPhase = "ScalingDown"
	}
	settled := !rolling && ready == want && len(current) == want && !create
	st := map[string]any{
		"replicas": int64(all), "readyReplicas": int64(readyAll), "availableReplicas": int64(readyAll),
		"upToDateReplicas": int64(upToDate), "updatedReplicas": int64(upToDate),
		"unavailableReplicas": int64(max(0, want-readyAll)), "phase": mdPhase, "observedGeneration": md.GetGeneration(),
		"selector": labelCluster + "=" + cl.GetName() + "," + labelTopoMD + "=" + md.GetLabels()[labelTopoMD] + "," + labelTopoOwned + "=",
	}
	if old, ok := md.Object["status"].(map[string]any); ok {
		for _, key := range []string{"conditions", "deprecated", "v1beta2"} {
			if v, ok := old[key]; ok {
				st[key] = v
			}
		}
	}
	before := fmt.Sprint(md.Object["status"])
	md.Object["status"] = st
	msg := fmt.Sprintf("%d of %d machines ready, %d up to date (%s)", readyAll, want, upToDate, version)
	available := readyAll >= want
	pr.capi.setConds(md, []cond{
		when(available, "Available", "", "", msg),
		when(readyAll == all && all > 0 || want == 0, "MachinesReady", "Ready", "NotReady", msg),
		when(len(old) == 0, "MachinesUpToDate", "UpToDate", "NotUpToDate", msg),
		cond{"RollingOut", rolling, map[bool]string{true: "RollingOut", false: "NotRollingOut"}[rolling], rollingMsg(rolling, len(old), version)},
		cond{"ScalingUp", scalingUp, map[bool]string{true: "ScalingUp", false: "NotScalingUp"}[scalingUp], ""},
		cond{"ScalingDown", scalingDown, map[bool]string{true: "ScalingDown", false: "NotScalingDown"}[scalingDown], ""},
		no("Remediating", "NotRemediating", ""), no("Deleting", "NotDeleting", ""), no("Paused", "NotPaused", ""),
	}, []cond{
		when(settled, "Ready", "", "WaitingForAvailableMachines", msg),
		when(available, "Available", "", "WaitingForAvailableMachines", msg),
		when(ready == len(current) && len(current) > 0 || want == 0, "MachineSetReady", "", "WaitingForMachineSet", ""),
	})
	if fmt.Sprint(md.Object["status"]) != before {
		if _, err := pr.dyn.Resource(pr.capi.md).Namespace(ns).UpdateStatus(ctx, md, metav1.UpdateOptions{}); err != nil {
			return false, err
		}
	}
	return settled, nil
}

func (pr *provisioner) syncMachineSet(ctx context.Context, ms *unstructured.Unstructured, n, ready, want int, upToDate bool) error {
	if topologyInt(ms, -1, "spec", "replicas") != int64(want) {
		_ = unstructured.SetNestedField(ms.Object, int64(want), "spec", "replicas")
		updated, err := pr.dyn.Resource(pr.capi.ms).Namespace(ms.GetNamespace()).Update(ctx, ms, metav1.UpdateOptions{})
		if err != nil {
			return err
		}
		ms.Object = updated.Object
	}
	before := fmt.Sprint(ms.Object["status"])
	utd := 0
	if upToDate {
		utd = n
	}
	st := map[string]any{
		"replicas": int64(n), "readyReplicas": int64(ready), "availableReplicas": int64(ready),
		"fullyLabeledReplicas": int64(n), "upToDateReplicas": int64(utd), "observedGeneration": ms.GetGeneration(),
		"selector": labelMS + "=" + ms.GetName(),
	}
	if old, ok := ms.Object["status"].(map[string]any); ok {
		for _, key := range []string{"conditions", "deprecated", "v1beta2"} {
			if v, ok := old[key]; ok {
				st[key] = v
			}
		}
	}
	ms.Object["status"] = st
	msg := fmt.Sprintf("%d of %d machines ready", ready, want)
	scalingUp, scalingDown := n < want, n > want
	pr.capi.setConds(ms, []cond{
		when(ready == n, "MachinesReady", "Ready", "NotReady", msg),
		when(upToDate || n == 0, "MachinesUpToDate", "UpToDate", "NotUpToDate", "MachineSet is outdated"),
		cond{"ScalingUp", scalingUp, map[bool]string{true: "ScalingUp", false: "NotScalingUp"}[scalingUp], ""},
		cond{"ScalingDown", scalingDown, map[bool]string{true: "ScalingDown", false: "NotScalingDown"}[scalingDown], ""},
		no("Remediating", "NotRemediating", ""), no("Deleting", "NotDeleting", ""), no("Paused", "NotPaused", ""),
	}, []cond{
		when(ready == n && n == want, "Ready", "", "WaitingForMachines", msg),
		when(n >= want, "MachinesCreated", "", "WaitingForMachines", ""),
		when(ready == n, "MachinesReady", "", "WaitingForMachines", ""),
		when(n == want, "Resized", "", "ScalingUp", ""),
	})
	if fmt.Sprint(ms.Object["status"]) == before {
		return nil
	}
	_, err := pr.dyn.Resource(pr.capi.ms).Namespace(ms.GetNamespace()).UpdateStatus(ctx, ms, metav1.UpdateOptions{})
	if apierrors.IsNotFound(err) {
		return nil
	}
	return err
}

func runtimeDeepCopy(m map[string]any) map[string]any {
	return (&unstructured.Unstructured{Object: m}).DeepCopy().Object
}

// --- the Cluster --------------------------------------------------------------------------

func (pr *provisioner) reconcileCAPI(ctx context.Context, ri dynamic.ResourceInterface, cl *unstructured.Unstructured) (time.Duration, error) {
	ns, name := cl.GetNamespace(), cl.GetName()
	if cl.GetDeletionTimestamp() != nil {
		return pr.handleDeletion(ctx, ri, cl, capiFinalizer, func() error { return pr.deleteTopology(ctx, cl) })
	}
	if !hasFinalizer(cl, capiFinalizer) {
		return 0, pr.addFinalizer(ctx, ri, cl, capiFinalizer)
	}
	if phase(cl) == "" {
		if host, _, _ := unstructured.NestedString(cl.Object, "spec", "controlPlaneEndpoint", "host"); host == "" {
			_ = unstructured.SetNestedMap(cl.Object, map[string]any{"host": pr.workloadHost, "port": pr.workloadPort},
				"spec", "controlPlaneEndpoint")
			updated, err := ri.Update(ctx, cl, metav1.UpdateOptions{})
			if err != nil {
				return 0, err
			}
			cl = updated
		}
		if err := pr.ensureClusterAddon(ctx, cl); err != nil {
			return 0, err
		}
		if err := pr.ensureOpenStackCluster(ctx, cl, false); err != nil {
			return 0, err
		}
		_ = unstructured.SetNestedField(cl.Object, "Pending", "status", "phase")
		pr.setClusterStatus(cl, clusterView{})
		if _, err := ri.UpdateStatus(ctx, cl, metav1.UpdateOptions{}); err != nil {
			return 0, err
		}
		pr.event(cl, false, "Pending", "Cluster %s is pending: creating infrastructure", name)
		return pr.step, nil
	}
	if phase(cl) == "Pending" {
		if left := time.Until(cl.GetCreationTimestamp().Add(pr.step)); left > 0 {
			return left, nil
		}
		if err := pr.ensureOpenStackCluster(ctx, cl, true); err != nil {
			return 0, err
		}
		_ = unstructured.SetNestedField(cl.Object, "Provisioning", "status", "phase")
		pr.setClusterStatus(cl, clusterView{infra: true})
		updated, err := ri.UpdateStatus(ctx, cl, metav1.UpdateOptions{})
		if err != nil {
			return 0, err
		}
		cl = updated
		pr.event(cl, false, "InfrastructureReady", "Cluster %s infrastructure is ready", name)
	}

	if err := pr.ensureOpenStackCluster(ctx, cl, true); err != nil {
		return 0, err
	}
	t, err := pr.loadTopo(ctx, cl)
	if err != nil {
		return 0, err
	}
	if err := pr.ensureKCP(ctx, cl, t); err != nil {
		return 0, err
	}
	cpInit, cpSettled, err := pr.reconcileKCP(ctx, cl, t)
	if err != nil {
		return 0, err
	}
	v := clusterView{infra: true, cpInit: cpInit, cpSettled: cpSettled}
	if cpInit {
		if err := pr.ensureCAPIKubeconfig(ctx, cl, false); err != nil {
			return 0, err
		}
		// Workers follow a new version only once the control plane runs it.
		if err := pr.ensureMachineDeployments(ctx, cl, t, cpSettled); err != nil {
			return 0, err
		}
		v.workersSettled = true
		for _, md := range t.mds {
			ok, err := pr.reconcileMD(ctx, cl, md, t)
			if err != nil {
				return 0, err
			}
			v.workersSettled = v.workersSettled && ok
		}
	}
	// Counters for the Cluster's status, read back after this pass's changes.
	if t, err = pr.loadTopo(ctx, cl); err != nil {
		return 0, err
	}
	v.fill(pr, cl, t)
	addonDone, err := pr.reconcileClusterAddon(ctx, cl, v)
	if err != nil {
		return 0, err
	}
	v.addonReady = addonDone

	oldPhase := phase(cl)
	newPhase := "Provisioning"
	if cpInit {
		newPhase = "Provisioned"
	}
	_ = unstructured.SetNestedField(cl.Object, newPhase, "status", "phase")
	before := fmt.Sprint(cl.Object["status"])
	wasReady := condTrue(cl, "Ready") || condTrue(cl, "Available")
	pr.setClusterStatus(cl, v)
	if fmt.Sprint(cl.Object["status"]) != before {
		if _, err := ri.UpdateStatus(ctx, cl, metav1.UpdateOptions{}); err != nil {
			return 0, err
		}
	}
	if oldPhase != newPhase && newPhase == "Provisioned" {
		pr.event(cl, false, "ControlPlaneInitialized", "Control plane of cluster %s is initialized; kubeconfig secret %s-kubeconfig written", name, name)
	}
	if v.ready() && !wasReady {
		pr.event(cl, false, "Provisioned", "Cluster %s is provisioned and available (%s)", name, v.version)
	}
	if v.ready() && v.addonReady {
		_ = ns
		return 0, nil
	}
	return pr.step / 2, nil
}

// clusterView is what the Cluster's status summarises.
type clusterView struct {
	infra, cpInit, cpSettled, workersSettled, addonReady bool
	version                                              string
	cpWant, cpAll, cpReady, cpUpToDate                   int64
	wWant, wAll, wReady, wUpToDate                       int64
	rolling                                              bool
}

func (v *clusterView) fill(pr *provisioner, cl *unstructured.Unstructured, t *topoObjs) {
	v.version, _, _ = unstructured.NestedString(cl.Object, "spec", "topology", "version")
	v.cpWant = topologyInt(cl, 1, "spec", "topology", "controlPlane", "replicas")
	for _, p := range topologyPools(cl) {
		v.wWant += p.replicas
	}
	for _, m := range t.machines {
		if m.GetDeletionTimestamp() != nil {
			v.rolling = true
			continue
		}
		_, isCP := m.GetLabels()[labelCP]
		run := pr.machineRunning(m)
		utd := machineVersion(m) == v.version
		inc := func(all, ready, upToDate *int64) {
			*all++
			if run {
				*ready++
			}
			if utd {
				*upToDate++
			}
		}
		if isCP {
			inc(&v.cpAll, &v.cpReady, &v.cpUpToDate)
		} else {
			inc(&v.wAll, &v.wReady, &v.wUpToDate)
		}
	}
	v.rolling = v.rolling || v.cpUpToDate < v.cpAll || v.wUpToDate < v.wAll
}

func (v clusterView) ready() bool {
	return v.cpInit && v.cpSettled && v.workersSettled && v.cpReady >= v.cpWant && v.wReady >= v.wWant
}

func (pr *provisioner) setClusterStatus(cl *unstructured.Unstructured, v clusterView) {
	_ = unstructured.SetNestedField(cl.Object, cl.GetGeneration(), "status", "observedGeneration")
	_ = unstructured.SetNestedField(cl.Object, v.infra, "status", "infrastructureReady")
	_ = unstructured.SetNestedField(cl.Object, v.cpInit && v.cpReady > 0, "status", "controlPlaneReady")
	_ = unstructured.SetNestedMap(cl.Object, map[string]any{"infrastructureProvisioned": v.infra, "controlPlaneInitialized": v.cpInit},
		"status", "initialization")
	counters := func(want, all, ready, utd int64) map[string]any {
		return map[string]any{"desiredReplicas": want, "replicas": all, "readyReplicas": ready, "availableReplicas": ready, "upToDateReplicas": utd}
	}
	where := []string{"status"}
	if !pr.capi.v2() {
		where = []string{"status", "v1beta2"}
	}
	_ = unstructured.SetNestedMap(cl.Object, counters(v.cpWant, v.cpAll, v.cpReady, v.cpUpToDate), append(where, "controlPlane")...)
	_ = unstructured.SetNestedMap(cl.Object, counters(v.wWant, v.wAll, v.wReady, v.wUpToDate), append(where, "workers")...)

	ready := v.ready()
	cpAvail := v.cpInit && v.cpReady > 0
	wAvail := v.cpInit && v.wReady >= v.wWant
	msg := func(ok bool, s string) string {
		if ok {
			return ""
		}
		return s
	}
	topoReason, topoMsg := "ReconcileSucceeded", ""
	switch {
	case !v.cpInit:
		topoReason, topoMsg = "ClusterCreating", "Cluster is being created"
	case !v.cpSettled:
		topoReason, topoMsg = "ControlPlaneUpgradePending", "Control plane rolling out to "+v.version
	case !v.workersSettled:
		topoReason, topoMsg = "MachineDeploymentsUpgradePending", "MachineDeployments rolling out to "+v.version
	}
	scalingUp := v.cpAll < v.cpWant || v.wAll < v.wWant
	pr.capi.setConds(cl, []cond{
		when(ready, "Available", "", "", msg(ready, "Waiting for the control plane and workers to be available")),
		when(v.infra, "InfrastructureReady", "Ready", "NotReady", msg(v.infra, "OpenStackCluster is being provisioned")),
		when(v.cpInit, "ControlPlaneInitialized", "Initialized", "WaitingForControlPlaneInitialized", msg(v.cpInit, "Control plane not yet initialized")),
		when(cpAvail, "ControlPlaneAvailable", "", "", msg(cpAvail, "KubeadmControlPlane is not available")),
		when(wAvail, "WorkersAvailable", "", "", msg(wAvail, fmt.Sprintf("%d of %d worker machines ready", v.wReady, v.wWant))),
		when(v.cpAll > 0 && v.cpReady == v.cpAll, "ControlPlaneMachinesReady", "Ready", "NotReady", ""),
		when(v.wReady == v.wAll && v.wAll > 0 || v.wWant == 0, "WorkerMachinesReady", "Ready", "NotReady", ""),
		when(v.cpUpToDate == v.cpAll, "ControlPlaneMachinesUpToDate", "UpToDate", "NotUpToDate", ""),
		when(v.wUpToDate == v.wAll, "WorkerMachinesUpToDate", "UpToDate", "NotUpToDate", ""),
		when(v.cpInit, "RemoteConnectionProbe", "ProbeSucceeded", "ProbeFailed", msg(v.cpInit, "Remote connection not established yet")),
		cond{"RollingOut", v.rolling, map[bool]string{true: "RollingOut", false: "NotRollingOut"}[v.rolling], rollingMsg(v.rolling, 0, v.version)},
		cond{"ScalingUp", scalingUp, map[bool]string{true: "ScalingUp", false: "NotScalingUp"}[scalingUp], ""},
		no("ScalingDown", "NotScalingDown", ""), no("Remediating", "NotRemediating", ""),
		cond{"TopologyReconciled", topoMsg == "", topoReason, topoMsg},
		no("Deleting", "NotDeleting", ""), no("Paused", "NotPaused", ""),
	}, []cond{
		when(ready, "Ready", "", "WaitingForControlPlane", ""),
		when(v.infra, "InfrastructureReady", "", "WaitingForInfrastructure", "Waiting for OpenStackCluster"),
		when(v.cpInit, "ControlPlaneInitialized", "", "WaitingForControlPlaneProviderInitialized", "Waiting for control plane provider to indicate the control plane has been initialized"),
		when(cpAvail, "ControlPlaneReady", "", "WaitingForControlPlane", ""),
		cond{"TopologyReconciled", topoMsg == "", topoReason, topoMsg},
	})
}

// deleteTopology removes what the Cluster's topology made (no garbage collector runs here).
func (pr *provisioner) deleteTopology(ctx context.Context, cl *unstructured.Unstructured) error {
	ns, name := cl.GetNamespace(), cl.GetName()
	t, err := pr.loadTopo(ctx, cl)
	if err != nil {
		return err
	}
	for _, m := range t.machines {
		if len(m.GetFinalizers()) > 0 {
			m.SetFinalizers(nil)
			if _, err := pr.dyn.Resource(pr.capi.machine).Namespace(ns).Update(ctx, m, metav1.UpdateOptions{}); err != nil && !apierrors.IsNotFound(err) {
				return err
			}
		}
	}
	sel := metav1.ListOptions{LabelSelector: labelCluster + "=" + name}
	for _, gvr := range []schema.GroupVersionResource{pr.capi.machine, pr.capi.osm, pr.capi.ms, pr.capi.md, pr.capi.kcp, pr.capi.osc} {
		if err := pr.dyn.Resource(gvr).Namespace(ns).DeleteCollection(ctx, metav1.DeleteOptions{}, sel); err != nil && !apierrors.IsNotFound(err) {
			return err
		}
	}
	if err := pr.dyn.Resource(pr.capi.addon).Namespace(ns).Delete(ctx, "cluster-addon-"+name, metav1.DeleteOptions{}); err != nil && !apierrors.IsNotFound(err) {
		return err
	}
	err = pr.kube.CoreV1().Secrets(ns).Delete(ctx, name+"-kubeconfig", metav1.DeleteOptions{})
	if apierrors.IsNotFound(err) {
		return nil
	}
	return err
}

func getNested(m map[string]any, path ...string) any {
	v, _, _ := unstructured.NestedFieldNoCopy(m, path...)
	return v
}
