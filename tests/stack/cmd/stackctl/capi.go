package main

import (
	"fmt"
	"os"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// Cluster API is served in one version only (no conversion webhook runs here): v1beta1 (the
// default, what the console has used so far) or v1beta2 (what Cluster API v1.11+ stores),
// chosen by SCS_STACK_CAPI_VERSION when the stack comes up. Seed data and the upstream
// ClusterClasses are written in v1beta1 and converted here when v1beta2 is served.

const (
	capiV1beta1 = "v1beta1"
	capiV1beta2 = "v1beta2"
)

func capiVersionFromEnv() (string, error) {
	switch v := os.Getenv("SCS_STACK_CAPI_VERSION"); v {
	case "", capiV1beta1:
		return capiV1beta1, nil
	case capiV1beta2:
		return capiV1beta2, nil
	default:
		return "", fmt.Errorf("SCS_STACK_CAPI_VERSION=%q: want v1beta1 or v1beta2", v)
	}
}

// capiGVRs are the resources of the served version.
type capiGVRs struct {
	version                                            string
	cluster, clusterClass, md, ms, machine, kcp, addon schema.GroupVersionResource
	osc, osm                                           schema.GroupVersionResource // CAPO stand-ins (v1beta1)
}

func newCapiGVRs(version string) capiGVRs {
	core := func(r string) schema.GroupVersionResource {
		return schema.GroupVersionResource{Group: "cluster.x-k8s.io", Version: version, Resource: r}
	}
	return capiGVRs{
		version:      version,
		cluster:      core("clusters"),
		clusterClass: core("clusterclasses"),
		md:           core("machinedeployments"),
		ms:           core("machinesets"),
		machine:      core("machines"),
		kcp:          schema.GroupVersionResource{Group: "controlplane.cluster.x-k8s.io", Version: version, Resource: "kubeadmcontrolplanes"},
		addon:        schema.GroupVersionResource{Group: "clusterstack.x-k8s.io", Version: "v1alpha1", Resource: "clusteraddons"},
		osc:          schema.GroupVersionResource{Group: "infrastructure.cluster.x-k8s.io", Version: "v1beta1", Resource: "openstackclusters"},
		osm:          schema.GroupVersionResource{Group: "infrastructure.cluster.x-k8s.io", Version: "v1beta1", Resource: "openstackmachines"},
	}
}

func (g capiGVRs) v2() bool { return g.version == capiV1beta2 }

// topologyClass reads the class a Cluster's topology names in either version.
func topologyClass(cl *unstructured.Unstructured) string {
	if n, _, _ := unstructured.NestedString(cl.Object, "spec", "topology", "classRef", "name"); n != "" {
		return n
	}
	n, _, _ := unstructured.NestedString(cl.Object, "spec", "topology", "class")
	return n
}

// objectRef is a reference as the served version writes it: v1beta2 has {apiGroup, kind,
// name} (ContractVersionedObjectReference), v1beta1 a corev1.ObjectReference.
func (g capiGVRs) objectRef(apiVersion, kind, name, namespace string) map[string]any {
	if g.v2() {
		gv, _ := schema.ParseGroupVersion(apiVersion)
		return map[string]any{"apiGroup": gv.Group, "kind": kind, "name": name}
	}
	return map[string]any{"apiVersion": apiVersion, "kind": kind, "name": name, "namespace": namespace}
}

// toServedVersion converts a v1beta1 Cluster or ClusterClass (seed data, upstream templates)
// into the served version. Only the fields the stack's objects use are converted.
func (g capiGVRs) toServedVersion(o *unstructured.Unstructured) {
	gv, _ := schema.ParseGroupVersion(o.GetAPIVersion())
	if !g.v2() || gv.Group != "cluster.x-k8s.io" || gv.Version != capiV1beta1 {
		return
	}
	o.SetAPIVersion("cluster.x-k8s.io/" + capiV1beta2)
	templateRef := func(ref map[string]any) map[string]any {
		return map[string]any{"apiVersion": ref["apiVersion"], "kind": ref["kind"], "name": ref["name"]}
	}
	moveRef := func(path ...string) {
		if ref, ok, _ := unstructured.NestedMap(o.Object, append(path, "ref")...); ok {
			unstructured.RemoveNestedField(o.Object, append(path, "ref")...)
			_ = unstructured.SetNestedMap(o.Object, templateRef(ref), append(path, "templateRef")...)
		}
	}
	switch o.GetKind() {
	case "ClusterClass":
		moveRef("spec", "controlPlane")
		moveRef("spec", "controlPlane", "machineInfrastructure")
		moveRef("spec", "infrastructure")
		mds, _, _ := unstructured.NestedSlice(o.Object, "spec", "workers", "machineDeployments")
		for i, m := range mds {
			md := m.(map[string]any)
			if t, ok := md["template"].(map[string]any); ok {
				delete(md, "template")
				for _, k := range []string{"bootstrap", "infrastructure"} {
					if part, ok := t[k].(map[string]any); ok {
						if ref, ok := part["ref"].(map[string]any); ok {
							md[k] = map[string]any{"templateRef": templateRef(ref)}
						}
					}
				}
				if meta, ok := t["metadata"]; ok {
					md["metadata"] = meta
				}
			}
			mds[i] = md
		}
		if mds != nil {
			_ = unstructured.SetNestedSlice(o.Object, mds, "spec", "workers", "machineDeployments")
		}
		vars, _, _ := unstructured.NestedSlice(o.Object, "spec", "variables")
		for i, v := range vars {
			vm := v.(map[string]any)
			if meta, ok := vm["metadata"]; ok {
				delete(vm, "metadata")
				vm["deprecatedV1Beta1Metadata"] = meta
			}
			if _, ok := vm["required"]; !ok {
				vm["required"] = false
			}
			vars[i] = vm
		}
		if vars != nil {
			_ = unstructured.SetNestedSlice(o.Object, vars, "spec", "variables")
		}
	case "Cluster":
		class, _, _ := unstructured.NestedString(o.Object, "spec", "topology", "class")
		classNS, _, _ := unstructured.NestedString(o.Object, "spec", "topology", "classNamespace")
		if class != "" {
			unstructured.RemoveNestedField(o.Object, "spec", "topology", "class")
			unstructured.RemoveNestedField(o.Object, "spec", "topology", "classNamespace")
			ref := map[string]any{"name": class}
			if classNS != "" {
				ref["namespace"] = classNS
			}
			_ = unstructured.SetNestedMap(o.Object, ref, "spec", "topology", "classRef")
		}
	}
}

// --- conditions in both shapes ----------------------------------------------------------

// cond is one condition as Cluster API v1beta2 writes it (metav1.Condition: reason always
// set). The v1beta1 list (clusterv1.Conditions: no reason when True, severity when False)
// is written beside it.
type cond struct {
	typ     string
	ok      bool
	reason  string
	message string
}

// conds sets a v1beta2 list and a v1beta1 list on obj: the served version's list goes to
// status.conditions, the other one where that version keeps it (v1beta2:
// status.deprecated.v1beta1.conditions; v1beta1: status.v1beta2.conditions).
// lastTransitionTime is kept for conditions whose status does not change.
func (g capiGVRs) setConds(obj *unstructured.Unstructured, v2conds, v1conds []cond) {
	v2path := []string{"status", "conditions"}
	v1path := []string{"status", "deprecated", "v1beta1", "conditions"}
	if !g.v2() {
		v2path = []string{"status", "v1beta2", "conditions"}
		v1path = []string{"status", "conditions"}
	}
	gen := obj.GetGeneration()
	build := func(path []string, cs []cond, newStyle bool) []any {
		old, _, _ := unstructured.NestedSlice(obj.Object, path...)
		prev := map[string]map[string]any{}
		for _, c := range old {
			if m, ok := c.(map[string]any); ok {
				prev[fmt.Sprint(m["type"])] = m
			}
		}
		var out []any
		for _, c := range cs {
			status := "False"
			if c.ok {
				status = "True"
			}
			m := map[string]any{"type": c.typ, "status": status, "lastTransitionTime": now()}
			if p := prev[c.typ]; p != nil && p["status"] == status {
				m["lastTransitionTime"] = p["lastTransitionTime"]
			}
			if newStyle {
				m["reason"], m["message"], m["observedGeneration"] = c.reason, c.message, gen
			} else if !c.ok || c.typ == "Deleting" {
				if c.reason != "" {
					m["reason"] = c.reason
				}
				if c.message != "" {
					m["message"] = c.message
				}
				if !c.ok {
					m["severity"] = "Info"
				}
			}
			out = append(out, m)
		}
		return out
	}
	_ = unstructured.SetNestedSlice(obj.Object, build(v2path, v2conds, true), v2path...)
	_ = unstructured.SetNestedSlice(obj.Object, build(v1path, v1conds, false), v1path...)
}

// yes/no build a condition with the usual v1beta2 reasons (<Type> / Not<Type>) unless given.
func yes(typ, reason, message string) cond {
	if reason == "" {
		reason = typ
	}
	return cond{typ, true, reason, message}
}

func no(typ, reason, message string) cond {
	if reason == "" {
		reason = "Not" + typ
	}
	return cond{typ, false, reason, message}
}

func when(ok bool, typ, yesReason, noReason, message string) cond {
	if ok {
		return yes(typ, yesReason, "")
	}
	return no(typ, noReason, message)
}
