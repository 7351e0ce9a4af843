package main

import (
	"context"
	"strings"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// Crossplane's part for the claims: when a claim is bound, its composite resource
// (spec.resourceRef, cluster-scoped, named <claim>-<random> as Crossplane names it) and the
// managed resources its composition makes (composite spec.resourceRefs) are created; they show
// Synced and Ready like the claim, and go when the claim goes (manifests/02-crossplane-crds.yaml).

const (
	labelClaimName      = "crossplane.io/claim-name"
	labelClaimNamespace = "crossplane.io/claim-namespace"
	labelComposite      = "crossplane.io/composite"
	annoCompResource    = "crossplane.io/composition-resource-name"
	annoExternalName    = "crossplane.io/external-name"
)

type composition struct {
	name     string // Composition of SovereignCloudStack/central-api
	managed  schema.GroupVersionResource
	kind     string
	resource string // resource name in the composition
}

var compositions = map[string]composition{
	"Cluster": {"capicluster.api.scs.community",
		schema.GroupVersionResource{Group: "kubernetes.crossplane.io", Version: "v1alpha2", Resource: "objects"}, "Object", "Cluster"},
	"InstanceV2": {"xinstancev2s.api.scs.community",
		schema.GroupVersionResource{Group: "compute.openstack.crossplane.io", Version: "v1alpha1", Resource: "instancev2s"}, "InstanceV2", "InstanceV2"},
	"KeypairV2": {"xkeypairv2s.api.scs.community",
		schema.GroupVersionResource{Group: "compute.openstack.crossplane.io", Version: "v1alpha1", Resource: "keypairv2s"}, "KeypairV2", "KeypairV2"},
	"NetworkV2": {"xnetworkv2s.api.scs.community",
		schema.GroupVersionResource{Group: "networking.openstack.crossplane.io", Version: "v1alpha1", Resource: "networkv2s"}, "NetworkV2", "NetworkV2"},
}

func compositeGVR(claimKind string) schema.GroupVersionResource {
	return schema.GroupVersionResource{Group: "api.scs.community", Version: "v1alpha1", Resource: "x" + strings.ToLower(claimKind) + "s"}
}

// compositeName is how Crossplane names a claim's composite: the claim's name and a suffix.
func compositeName(claim *unstructured.Unstructured) string {
	return claim.GetName() + "-" + randSuffix()
}

// managedName follows the composition: central-api names the Cluster's Object <claim>-capi;
// the OpenStack compositions leave it to Crossplane (<composite>-<random>).
func managedName(claim *unstructured.Unstructured, composite string) string {
	if claim.GetKind() == "Cluster" {
		return claim.GetName() + "-capi"
	}
	return composite + "-" + randSuffix()
}

func xpCondition(obj *unstructured.Unstructured, typ string, ok bool, reason string) {
	status := "False"
	if ok {
		status = "True"
	}
	setCondition(obj, typ, status, reason, "", nil)
}

// ensureComposite creates the composite and its managed resources of a bound claim (idempotent).
func (pr *provisioner) ensureComposite(ctx context.Context, claim *unstructured.Unstructured) error {
	comp, ok := compositions[claim.GetKind()]
	if !ok {
		return nil
	}
	ref, _, _ := unstructured.NestedMap(claim.Object, "spec", "resourceRef")
	xname, _ := ref["name"].(string)
	if xname == "" {
		return nil
	}
	xri := pr.dyn.Resource(compositeGVR(claim.GetKind()))
	x, err := xri.Get(ctx, xname, metav1.GetOptions{})
	if err == nil {
		refs, _, _ := unstructured.NestedSlice(x.Object, "spec", "resourceRefs")
		if len(refs) > 0 {
			return nil
		}
	} else if !apierrors.IsNotFound(err) {
		return err
	}
	labels := map[string]string{labelClaimName: claim.GetName(), labelClaimNamespace: claim.GetNamespace(), labelComposite: xname}
	if x == nil {
		spec := map[string]any{}
		if s, ok := claim.Object["spec"].(map[string]any); ok {
			for k, v := range s {
				if k != "resourceRef" && k != "writeConnectionSecretToRef" {
					spec[k] = v
				}
			}
		}
		spec["claimRef"] = map[string]any{"apiVersion": claim.GetAPIVersion(), "kind": claim.GetKind(),
			"name": claim.GetName(), "namespace": claim.GetNamespace()}
		spec["compositionRef"] = map[string]any{"name": comp.name}
		spec["compositionUpdatePolicy"] = "Automatic"
		x = &unstructured.Unstructured{Object: map[string]any{
			"apiVersion": "api.scs.community/v1alpha1", "kind": "X" + claim.GetKind(),
			"metadata": map[string]any{"name": xname}, "spec": spec,
		}}
		x.SetLabels(labels)
		x.SetFinalizers([]string{"composite.apiextensions.crossplane.io"})
		if x, err = xri.Create(ctx, x, metav1.CreateOptions{FieldManager: fieldManagerProv}); err != nil {
			return err
		}
	}
	mname := managedName(claim, xname)
	forProvider := map[string]any{}
	if fp, ok, _ := unstructured.NestedMap(claim.Object, "spec", "forProvider"); ok {
		forProvider = fp
	}
	if claim.GetKind() == "Cluster" {
		version, _, _ := unstructured.NestedString(claim.Object, "spec", "version")
		workers, _, _ := unstructured.NestedInt64(claim.Object, "spec", "workers", "replicas")
		cp, found, _ := unstructured.NestedInt64(claim.Object, "spec", "controlPlane", "replicas")
		if !found {
			cp = 1
		}
		forProvider = map[string]any{"manifest": map[string]any{
			"apiVersion": "cluster.x-k8s.io/v1beta1", "kind": "Cluster",
			"metadata": map[string]any{"name": mname, "namespace": "cluster"},
			"spec": map[string]any{"topology": map[string]any{
				"class":        "openstack-scs2-" + strings.ReplaceAll(version, ".", "-") + "-v1",
				"version":      "v" + version,
				"controlPlane": map[string]any{"replicas": cp},
				"workers": map[string]any{"machineDeployments": []any{map[string]any{
					"class": "default-worker", "name": "md-0", "replicas": workers}}},
			}},
		}}
	}
	m := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": comp.managed.GroupVersion().String(), "kind": comp.kind,
		"metadata": map[string]any{"name": mname},
		"spec": map[string]any{
			"forProvider":       forProvider,
			"providerConfigRef": map[string]any{"name": claim.GetNamespace()},
			"deletionPolicy":    "Delete",
		},
	}}
	if claim.GetKind() == "Cluster" {
		_ = unstructured.SetNestedField(m.Object, "capi-moin-cluster", "spec", "providerConfigRef", "name")
	}
	m.SetLabels(labels)
	m.SetAnnotations(map[string]string{annoCompResource: comp.resource, annoExternalName: mname})
	m.SetOwnerReferences([]metav1.OwnerReference{ownerRef(x)})
	mri := pr.dyn.Resource(comp.managed)
	created, err := mri.Create(ctx, m, metav1.CreateOptions{FieldManager: fieldManagerProv})
	if err != nil && !apierrors.IsAlreadyExists(err) {
		return err
	}
	if created != nil {
		xpCondition(created, "Synced", true, "ReconcileSuccess")
		xpCondition(created, "Ready", false, "Creating")
		if _, err := mri.UpdateStatus(ctx, created, metav1.UpdateOptions{}); err != nil {
			return err
		}
	}
	_ = unstructured.SetNestedSlice(x.Object, []any{map[string]any{
		"apiVersion": comp.managed.GroupVersion().String(), "kind": comp.kind, "name": mname,
	}}, "spec", "resourceRefs")
	if x, err = xri.Update(ctx, x, metav1.UpdateOptions{}); err != nil {
		return err
	}
	xpCondition(x, "Synced", true, "ReconcileSuccess")
	xpCondition(x, "Ready", false, "Creating")
	_, err = xri.UpdateStatus(ctx, x, metav1.UpdateOptions{})
	return err
}

// compositeReady marks the composite and its managed resources Ready (Available) and copies
// the claim's observed state to the managed resource's status.atProvider.
func (pr *provisioner) compositeReady(ctx context.Context, claim *unstructured.Unstructured) error {
	comp, ok := compositions[claim.GetKind()]
	if !ok {
		return nil
	}
	xname, _, _ := unstructured.NestedString(claim.Object, "spec", "resourceRef", "name")
	if xname == "" {
		return nil
	}
	xri := pr.dyn.Resource(compositeGVR(claim.GetKind()))
	x, err := xri.Get(ctx, xname, metav1.GetOptions{})
	if apierrors.IsNotFound(err) {
		if err := pr.ensureComposite(ctx, claim); err != nil {
			return err
		}
		x, err = xri.Get(ctx, xname, metav1.GetOptions{})
	}
	if err != nil {
		return err
	}
	refs, _, _ := unstructured.NestedSlice(x.Object, "spec", "resourceRefs")
	for _, r := range refs {
		rm, _ := r.(map[string]any)
		name, _ := rm["name"].(string)
		m, err := pr.dyn.Resource(comp.managed).Get(ctx, name, metav1.GetOptions{})
		if err != nil {
			if apierrors.IsNotFound(err) {
				continue
			}
			return err
		}
		if ap, ok, _ := unstructured.NestedMap(claim.Object, "status", "atProvider"); ok {
			_ = unstructured.SetNestedMap(m.Object, ap, "status", "atProvider")
		}
		xpCondition(m, "Synced", true, "ReconcileSuccess")
		xpCondition(m, "Ready", true, "Available")
		if _, err := pr.dyn.Resource(comp.managed).UpdateStatus(ctx, m, metav1.UpdateOptions{}); err != nil {
			return err
		}
	}
	xpCondition(x, "Synced", true, "ReconcileSuccess")
	xpCondition(x, "Ready", true, "Available")
	_ = unstructured.SetNestedField(x.Object, now(), "status", "connectionDetails", "lastPublishedTime")
	_, err = xri.UpdateStatus(ctx, x, metav1.UpdateOptions{})
	return err
}

// deleteComposite removes the claim's composite and managed resources.
func (pr *provisioner) deleteComposite(ctx context.Context, claim *unstructured.Unstructured) error {
	comp, ok := compositions[claim.GetKind()]
	if !ok {
		return nil
	}
	xname, _, _ := unstructured.NestedString(claim.Object, "spec", "resourceRef", "name")
	if xname == "" {
		return nil
	}
	xri := pr.dyn.Resource(compositeGVR(claim.GetKind()))
	x, err := xri.Get(ctx, xname, metav1.GetOptions{})
	if apierrors.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	refs, _, _ := unstructured.NestedSlice(x.Object, "spec", "resourceRefs")
	for _, r := range refs {
		rm, _ := r.(map[string]any)
		name, _ := rm["name"].(string)
		if err := pr.dyn.Resource(comp.managed).Delete(ctx, name, metav1.DeleteOptions{}); err != nil && !apierrors.IsNotFound(err) {
			return err
		}
	}
	x.SetFinalizers(nil)
	if _, err := xri.Update(ctx, x, metav1.UpdateOptions{}); err != nil && !apierrors.IsNotFound(err) {
		return err
	}
	if err := xri.Delete(ctx, xname, metav1.DeleteOptions{}); err != nil && !apierrors.IsNotFound(err) {
		return err
	}
	return nil
}
