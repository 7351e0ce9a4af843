package main

// The scale seed of bench/startup: a real operator's size on the local Central API. Opt-in (not
// part of `seed`, nor of ctest):
//
//   - tenants: namespaces scale-0001..scale-NNNN, labelled and annotated exactly like the
//     seeded tenants (scs.community/tenant=<name>, scs.community/display-name), each with the
//     seeded tenants' RoleBinding pattern (`<tenant>-admins`: group oidc:<tenant>-admins ->
//     scs:tenant) and `platform-operators` (oidc:platform-operators -> scs:scale-managed-reader,
//     so carol sees the synthetic kinds in every tenant); every 100th tenant also binds alice's
//     group oidc:tenant-a-admins (scs:tenant and the reader).
//   - kinds: CRDs shaped like Crossplane v2 providers' namespaced managed resources (groups
//     <service>.<provider>.m.upbound.io, spec.forProvider/initProvider, status.atProvider with
//     dozens of fields, conditions, printer columns READY/SYNCED/EXTERNAL-NAME/AGE). They are
//     SYNTHETIC: the group names follow Upbound's pattern, the kinds and fields are generated,
//     no provider serves them.
//   - objects spread over kinds and tenants, Ready and Synced.
//
// Everything is found again by name (namespaces scale-*, the generated CRD names, the ClusterRole
// scs:scale-managed-reader), so no label is invented. Requests go out with bounded parallelism;
// seed skips what exists, clean deletes the CRDs (their objects go with them) before the
// namespaces, and finalizes those itself (the provisioner's namespace finalizer would walk every
// kind of every namespace).

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	corev1 "k8s.io/api/core/v1"
	rbacv1 "k8s.io/api/rbac/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/client-go/dynamic"
	"k8s.io/client-go/kubernetes"
)

const (
	scaleTenantPrefix = "scale-"
	scaleReaderRole   = "scs:scale-managed-reader"
	scaleGroupSuffix  = ".m.upbound.io"
)

var scaleProviders = []struct {
	name     string
	services []string
}{
	{"aws", []string{"ec2", "s3", "iam", "rds", "eks", "lambda", "sqs", "sns", "route53", "kms"}},
	{"azure", []string{"compute", "network", "storage", "sql", "keyvault", "containerservice", "web", "dns", "cache", "monitor"}},
	{"gcp", []string{"compute", "storage", "container", "sql", "iam", "pubsub", "dns", "kms", "redis", "cloudrun"}},
	{"openstack", []string{"compute", "networking", "blockstorage", "identity", "loadbalancer", "dns", "images", "objectstorage", "sharedfilesystem", "keymanager"}},
}

var scaleNouns = []string{"Instance", "Network", "Subnet", "SecurityGroup", "SecurityGroupRule", "Role",
	"Policy", "PolicyAttachment", "Bucket", "BucketPolicy", "Key", "KeyPair", "Record", "Zone", "Cluster",
	"NodePool", "Database", "User", "Group", "Queue", "Topic", "Subscription", "Volume", "Snapshot",
	"Gateway", "Route", "RouteTable", "Listener", "Certificate", "Alias", "Function", "Permission",
	"Address", "Router", "Port", "FloatingIP", "Image", "Secret", "Endpoint", "Project"}

type scaleKind struct {
	group, kind, plural, provider string
}

func (k scaleKind) crdName() string { return k.plural + "." + k.group }
func (k scaleKind) gvr() schema.GroupVersionResource {
	return schema.GroupVersionResource{Group: k.group, Version: "v1beta1", Resource: k.plural}
}

func scalePlural(kind string) string {
	l := strings.ToLower(kind)
	// As upjet's pluralizer does for these names: "policy" -> "policies" but "key" -> "keys".
	switch {
	case strings.HasSuffix(l, "y") && len(l) > 1 && !strings.ContainsRune("aeiou", rune(l[len(l)-2])):
		return l[:len(l)-1] + "ies"
	case strings.HasSuffix(l, "s"), strings.HasSuffix(l, "x"), strings.HasSuffix(l, "ch"),
		strings.HasSuffix(l, "sh"):
		return l + "es"
	}
	return l + "s"
}

// scaleKinds spreads `kinds` kinds over `groups` groups (at most 40: 4 providers x 10 services).
func scaleKinds(kinds, groups int) []scaleKind {
	var out []scaleKind
	for g := 0; g < groups; g++ {
		p := scaleProviders[g%len(scaleProviders)]
		svc := p.services[g/len(scaleProviders)]
		group := svc + "." + p.name + scaleGroupSuffix
		n := kinds / groups
		if g < kinds%groups {
			n++
		}
		for j := 0; j < n; j++ {
			kind := scaleNouns[(g*7+j)%len(scaleNouns)]
			out = append(out, scaleKind{group: group, kind: kind, plural: scalePlural(kind), provider: p.name})
		}
	}
	return out
}

func scaleTenant(i int) string { return fmt.Sprintf("%s%04d", scaleTenantPrefix, i+1) }

type obj = map[string]any

func describe(t, d string) obj { return obj{"type": t, "description": d} }

// scaleParameters are the fields of forProvider/initProvider (and, with the observed ones,
// atProvider): the kinds of fields Upbound's generated CRDs carry (scalars, maps of tags,
// lists of nested blocks, references and selectors to other managed resources).
func scaleParameters(k scaleKind, seed int) obj {
	props := obj{}
	scalars := []string{"region", "name", "description", "availabilityZone", "instanceType", "size",
		"engineVersion", "storageType", "kmsKeyId", "subnetId", "vpcId", "projectId", "zone",
		"deletionProtection", "enabled", "port", "protocol", "ipAddress", "cidrBlock", "priority",
		"retentionDays", "capacity", "minSize", "maxSize", "timeout", "visibility"}
	for i := 0; i < 24; i++ {
		name := scalars[(seed+i)%len(scalars)]
		t := "string"
		switch name {
		case "deletionProtection", "enabled":
			t = "boolean"
		case "port", "priority", "retentionDays", "capacity", "minSize", "maxSize", "timeout", "size":
			t = "number"
		}
		props[name] = describe(t, fmt.Sprintf("%s of the %s. Changing this forces a new resource to be created in some providers; see the provider's documentation of %s.", name, k.kind, k.group))
	}
	props["tags"] = obj{"type": "object", "description": "Key-value map of resource tags.",
		"additionalProperties": obj{"type": "string"}, "x-kubernetes-map-type": "granular"}
	for _, block := range []string{"networkInterface", "blockDevice", "timeouts", "logging", "encryption"} {
		props[block] = obj{"type": "array", "description": block + " blocks as documented below.",
			"items": obj{"type": "object", "properties": obj{
				"name":                describe("string", "Name of the block."),
				"enabled":             describe("boolean", "Whether it is enabled."),
				"sizeGb":              describe("number", "Size in GiB."),
				"type":                describe("string", "Type of the block."),
				"deleteOnTermination": describe("boolean", "Whether it is deleted with the resource."),
			}}}
	}
	for _, ref := range []string{"subnetIdRef", "kmsKeyIdRef", "vpcIdRef"} {
		props[ref] = obj{"type": "object", "description": "Reference to a " + strings.TrimSuffix(ref, "IdRef") + " to populate the field.",
			"required": []any{"name"}, "properties": obj{
				"name": describe("string", "Name of the referenced object."),
				"policy": obj{"type": "object", "description": "Policies for referencing.", "properties": obj{
					"resolution": obj{"type": "string", "default": "Required", "enum": []any{"Required", "Optional"}, "description": "Resolution specifies whether resolution of this reference is required."},
					"resolve":    obj{"type": "string", "enum": []any{"Always", "IfNotPresent"}, "description": "Resolve specifies when this reference should be resolved."},
				}},
			}}
		sel := strings.TrimSuffix(ref, "Ref") + "Selector"
		props[sel] = obj{"type": "object", "description": "Selector for a " + strings.TrimSuffix(ref, "IdRef") + " to populate the field.",
			"properties": obj{
				"matchControllerRef": describe("boolean", "MatchControllerRef ensures an object with the same controller reference as the selecting object is selected."),
				"matchLabels": obj{"type": "object", "additionalProperties": obj{"type": "string"},
					"description": "MatchLabels ensures an object with matching labels is selected."},
			}}
	}
	return obj{"type": "object", "properties": props}
}

func scaleCRD(k scaleKind, seed int) *unstructured.Unstructured {
	forProvider := scaleParameters(k, seed)
	atProvider := scaleParameters(k, seed+3)
	at := atProvider["properties"].(obj)
	for _, o := range []string{"id", "arn", "selfLink", "state", "createdAt", "updatedAt", "fingerprint", "statusMessage"} {
		at[o] = describe("string", o+" as observed by the provider.")
	}
	condition := obj{"type": "object", "required": []any{"lastTransitionTime", "reason", "status", "type"},
		"properties": obj{
			"lastTransitionTime": obj{"type": "string", "format": "date-time", "description": "LastTransitionTime is the last time this condition transitioned from one status to another."},
			"message":            describe("string", "A Message containing details about this condition's last transition from one status to another, if any."),
			"observedGeneration": obj{"type": "integer", "format": "int64", "description": "ObservedGeneration represents the .metadata.generation that the condition was set based upon."},
			"reason":             describe("string", "A Reason for this condition's last transition from one status to another."),
			"status":             describe("string", "Status of this condition; is it currently True, False, or Unknown?"),
			"type":               describe("string", "Type of this condition. At most one of each condition type may apply to a resource at any point in time."),
		}}
	schemaProps := obj{
		"apiVersion": describe("string", "APIVersion defines the versioned schema of this representation of an object."),
		"kind":       describe("string", "Kind is a string value representing the REST resource this object represents."),
		"metadata":   obj{"type": "object"},
		"spec": obj{"type": "object", "required": []any{"forProvider"},
			"description": k.kind + "Spec defines the desired state of " + k.kind,
			"properties": obj{
				"forProvider":  forProvider,
				"initProvider": scaleParameters(k, seed),
				"managementPolicies": obj{"type": "array", "default": []any{"*"},
					"items":       obj{"type": "string", "enum": []any{"Observe", "Create", "Update", "Delete", "LateInitialize", "*"}},
					"description": "THIS IS A BETA FIELD. It is on by default but can be opted out through a Crossplane feature flag. ManagementPolicies specify the array of actions Crossplane is allowed to take on the managed and external resources."},
				"providerConfigRef": obj{"type": "object", "default": obj{"kind": "ClusterProviderConfig", "name": "default"},
					"required": []any{"kind", "name"}, "properties": obj{
						"kind": describe("string", "Kind of the referenced object."),
						"name": describe("string", "Name of the referenced object."),
					}, "description": "ProviderConfigReference specifies how the provider that will be used to create, observe, update, and delete this managed resource should be configured."},
				"writeConnectionSecretToRef": obj{"type": "object", "required": []any{"name"}, "properties": obj{
					"name": describe("string", "Name of the secret."),
				}, "description": "WriteConnectionSecretToReference specifies the name of a Secret, in the same namespace as this managed resource, to which any connection details for this managed resource should be written."},
			}},
		"status": obj{"type": "object", "description": k.kind + "Status defines the observed state of " + k.kind + ".",
			"properties": obj{
				"atProvider":         atProvider,
				"conditions":         obj{"type": "array", "items": condition, "x-kubernetes-list-map-keys": []any{"type"}, "x-kubernetes-list-type": "map", "description": "Conditions of the resource."},
				"observedGeneration": obj{"type": "integer", "format": "int64", "description": "ObservedGeneration is the latest metadata.generation which resulted in either a ready state, or stalled due to error it can not recover from without human intervention."},
			}},
	}
	return &unstructured.Unstructured{Object: obj{
		"apiVersion": "apiextensions.k8s.io/v1",
		"kind":       "CustomResourceDefinition",
		"metadata":   obj{"name": k.crdName()},
		"spec": obj{
			"group": k.group,
			"names": obj{"kind": k.kind, "listKind": k.kind + "List", "plural": k.plural,
				"singular": strings.ToLower(k.kind), "categories": []any{"crossplane", "managed", k.provider}},
			"scope": "Namespaced",
			"versions": []any{obj{
				"name": "v1beta1", "served": true, "storage": true,
				"subresources": obj{"status": obj{}},
				"additionalPrinterColumns": []any{
					obj{"name": "READY", "type": "string", "jsonPath": ".status.conditions[?(@.type=='Ready')].status"},
					obj{"name": "SYNCED", "type": "string", "jsonPath": ".status.conditions[?(@.type=='Synced')].status"},
					obj{"name": "EXTERNAL-NAME", "type": "string", "jsonPath": ".metadata.annotations.crossplane\\.io/external-name"},
					obj{"name": "AGE", "type": "date", "jsonPath": ".metadata.creationTimestamp"},
				},
				"schema": obj{"openAPIV3Schema": obj{"type": "object", "required": []any{"spec"},
					"description": k.kind + " is the Schema for the " + k.plural + " API (synthetic, stack scale seed).",
					"properties":  schemaProps}},
			}},
		},
	}}
}

// scaleParallel runs do(0..n-1) on `workers` goroutines, each call retried a few times.
func scaleParallel(n, workers int, what string, do func(i int) error) error {
	work := make(chan int)
	var failed atomic.Int64
	var firstErr atomic.Value
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				for attempt := 0; ; attempt++ {
					err := do(i)
					if err == nil {
						break
					}
					if attempt == 4 {
						failed.Add(1)
						firstErr.CompareAndSwap(nil, err.Error())
						break
					}
					time.Sleep(time.Duration(200*(attempt+1)) * time.Millisecond)
				}
			}
		}()
	}
	for i := 0; i < n; i++ {
		work <- i
	}
	close(work)
	wg.Wait()
	if f := failed.Load(); f > 0 {
		return fmt.Errorf("%s: %d of %d failed, first: %v", what, f, n, firstErr.Load())
	}
	return nil
}

func ignoreExists(err error) error {
	if apierrors.IsAlreadyExists(err) {
		return nil
	}
	return err
}

func ignoreNotFound(err error) error {
	if apierrors.IsNotFound(err) {
		return nil
	}
	return err
}

func cmdScale(args []string) error {
	fs := flag.NewFlagSet("scale", flag.ExitOnError)
	kubeconfig := fs.String("kubeconfig", "", "admin kubeconfig of the central API server")
	tenants := fs.Int("tenants", 2000, "tenant namespaces")
	kinds := fs.Int("kinds", 500, "CRDs (managed-resource-like kinds)")
	groups := fs.Int("groups", 40, "API groups the kinds are spread over (at most 40)")
	objects := fs.Int("objects", 3000, "objects spread over kinds and tenants")
	workers := fs.Int("workers", 16, "requests in flight at most")
	_ = fs.Parse(args)
	if *kubeconfig == "" || fs.NArg() != 1 {
		return errors.New("usage: stackctl scale --kubeconfig FILE [flags] seed|clean")
	}
	if *groups < 1 || *groups > 40 || *kinds < *groups || *tenants < 1 || *tenants > 9999 {
		return errors.New("scale: need 1 <= groups <= 40, kinds >= groups, 1 <= tenants <= 9999")
	}
	cfg, err := loadConfig(*kubeconfig)
	if err != nil {
		return err
	}
	cfg.QPS, cfg.Burst = float32(*workers*40), *workers*40
	cfg.Timeout = 60 * time.Second
	cs, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		return err
	}
	dyn, err := dynamic.NewForConfig(cfg)
	if err != nil {
		return err
	}
	s := &scaler{cs: cs, dyn: dyn, tenants: *tenants, kinds: scaleKinds(*kinds, *groups),
		objects: *objects, workers: *workers}
	ctx := context.Background()
	started := time.Now()
	switch fs.Arg(0) {
	case "seed":
		err = s.seed(ctx)
	case "clean":
		err = s.clean(ctx)
	default:
		return fmt.Errorf("unknown scale phase %q (seed or clean)", fs.Arg(0))
	}
	if err == nil {
		fmt.Fprintf(os.Stderr, "scale %s: done in %.1f s\n", fs.Arg(0), time.Since(started).Seconds())
	}
	return err
}

type scaler struct {
	cs      kubernetes.Interface
	dyn     dynamic.Interface
	tenants int
	kinds   []scaleKind
	objects int
	workers int
}

func step(format string, a ...any) {
	fmt.Fprintf(os.Stderr, "[scale %s] %s\n", time.Now().UTC().Format("15:04:05"), fmt.Sprintf(format, a...))
}

// scaleNamespaces lists the scale tenants now there (name -> being deleted).
func (s *scaler) scaleNamespaces(ctx context.Context) (map[string]bool, error) {
	out := map[string]bool{}
	opts := metav1.ListOptions{LabelSelector: "scs.community/tenant", Limit: 1000}
	for {
		list, err := s.cs.CoreV1().Namespaces().List(ctx, opts)
		if err != nil {
			return nil, err
		}
		for _, ns := range list.Items {
			if strings.HasPrefix(ns.Name, scaleTenantPrefix) {
				out[ns.Name] = ns.DeletionTimestamp != nil
			}
		}
		if list.Continue == "" {
			return out, nil
		}
		opts.Continue = list.Continue
	}
}

func roleBinding(ns, name, role, group string) *rbacv1.RoleBinding {
	return &rbacv1.RoleBinding{
		ObjectMeta: metav1.ObjectMeta{Name: name, Namespace: ns},
		RoleRef:    rbacv1.RoleRef{APIGroup: rbacv1.GroupName, Kind: "ClusterRole", Name: role},
		Subjects:   []rbacv1.Subject{{APIGroup: rbacv1.GroupName, Kind: rbacv1.GroupKind, Name: group}},
	}
}

func (s *scaler) bindings(ns string, i int) []*rbacv1.RoleBinding {
	out := []*rbacv1.RoleBinding{
		roleBinding(ns, ns+"-admins", "scs:tenant", "oidc:"+ns+"-admins"),
		roleBinding(ns, "platform-operators", scaleReaderRole, "oidc:platform-operators"),
	}
	if i%100 == 0 {
		out = append(out, roleBinding(ns, "tenant-a-admins", "scs:tenant", "oidc:tenant-a-admins"),
			roleBinding(ns, "tenant-a-admins-managed", scaleReaderRole, "oidc:tenant-a-admins"))
	}
	return out
}

func (s *scaler) seed(ctx context.Context) error {
	// The reader role first: bindings to it are checked against it (escalation check is moot
	// for the admin, but a missing role would make the bindings dangle).
	groupSet := map[string]bool{}
	for _, k := range s.kinds {
		groupSet[k.group] = true
	}
	var groupList []string
	for g := range groupSet {
		groupList = append(groupList, g)
	}
	sort.Strings(groupList)
	role := &rbacv1.ClusterRole{ObjectMeta: metav1.ObjectMeta{Name: scaleReaderRole},
		Rules: []rbacv1.PolicyRule{{APIGroups: groupList, Resources: []string{"*"}, Verbs: []string{"get", "list", "watch"}}}}
	if _, err := s.cs.RbacV1().ClusterRoles().Create(ctx, role, metav1.CreateOptions{}); err != nil {
		if !apierrors.IsAlreadyExists(err) {
			return err
		}
		if _, err := s.cs.RbacV1().ClusterRoles().Update(ctx, role, metav1.UpdateOptions{}); err != nil {
			return err
		}
	}

	// CRDs, fewer at a time: each one makes the API server rebuild its handlers and OpenAPI.
	step("%d CRDs in %d groups", len(s.kinds), len(groupList))
	if err := scaleParallel(len(s.kinds), max(2, s.workers/2), "CRDs", func(i int) error {
		_, err := s.dyn.Resource(crdGVR).Create(ctx, scaleCRD(s.kinds[i], i), metav1.CreateOptions{})
		return ignoreExists(err)
	}); err != nil {
		return err
	}

	have, err := s.scaleNamespaces(ctx)
	if err != nil {
		return err
	}
	for name, deleting := range have {
		if deleting {
			return fmt.Errorf("namespace %s is being deleted; run clean to the end first", name)
		}
	}
	step("%d tenant namespaces (%d there)", s.tenants, len(have))
	if err := scaleParallel(s.tenants, s.workers, "namespaces", func(i int) error {
		name := scaleTenant(i)
		if have[name] {
			return nil
		}
		_, err := s.cs.CoreV1().Namespaces().Create(ctx, &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{
			Name:        name,
			Labels:      map[string]string{"scs.community/tenant": name},
			Annotations: map[string]string{"scs.community/display-name": fmt.Sprintf("Scale tenant %04d", i+1)},
		}}, metav1.CreateOptions{})
		return ignoreExists(err)
	}); err != nil {
		return err
	}

	existing := map[string]bool{}
	opts := metav1.ListOptions{Limit: 2000}
	for {
		list, err := s.cs.RbacV1().RoleBindings("").List(ctx, opts)
		if err != nil {
			return err
		}
		for _, rb := range list.Items {
			existing[rb.Namespace+"/"+rb.Name] = true
		}
		if list.Continue == "" {
			break
		}
		opts.Continue = list.Continue
	}
	var wanted []*rbacv1.RoleBinding
	for i := 0; i < s.tenants; i++ {
		for _, rb := range s.bindings(scaleTenant(i), i) {
			if !existing[rb.Namespace+"/"+rb.Name] {
				wanted = append(wanted, rb)
			}
		}
	}
	step("%d RoleBindings to create", len(wanted))
	if err := scaleParallel(len(wanted), s.workers, "RoleBindings", func(i int) error {
		_, err := s.cs.RbacV1().RoleBindings(wanted[i].Namespace).Create(ctx, wanted[i], metav1.CreateOptions{})
		return ignoreExists(err)
	}); err != nil {
		return err
	}

	if err := s.waitEstablished(ctx); err != nil {
		return err
	}
	step("%d objects over %d kinds and %d tenants", s.objects, len(s.kinds), s.tenants)
	var created atomic.Int64
	err = scaleParallel(s.objects, s.workers, "objects", func(i int) error {
		k := s.kinds[i%len(s.kinds)]
		ns := scaleTenant((i * 37) % s.tenants)
		name := fmt.Sprintf("%s-%05d", strings.ToLower(k.kind), i)
		ri := s.dyn.Resource(k.gvr()).Namespace(ns)
		o := &unstructured.Unstructured{Object: obj{
			"apiVersion": k.group + "/v1beta1", "kind": k.kind,
			"metadata": obj{"name": name, "namespace": ns,
				"annotations": obj{"crossplane.io/external-name": fmt.Sprintf("%s-%08x", k.provider, i*2654435761%(1<<32))}},
			"spec": obj{"forProvider": obj{"region": "eu-central-1", "name": name,
				"tags": obj{"team": fmt.Sprintf("team-%d", i%17), "env": "prod"}},
				"providerConfigRef": obj{"kind": "ClusterProviderConfig", "name": "default"}},
		}}
		got, err := ri.Create(ctx, o, metav1.CreateOptions{})
		if apierrors.IsAlreadyExists(err) {
			return nil
		}
		if err != nil {
			return err
		}
		created.Add(1)
		now := time.Now().UTC().Format(time.RFC3339)
		got.Object["status"] = obj{
			"atProvider": obj{"id": got.GetAnnotations()["crossplane.io/external-name"], "region": "eu-central-1", "state": "available"},
			"conditions": []any{
				obj{"type": "Ready", "status": "True", "reason": "Available", "lastTransitionTime": now},
				obj{"type": "Synced", "status": "True", "reason": "ReconcileSuccess", "lastTransitionTime": now},
			},
		}
		_, err = ri.UpdateStatus(ctx, got, metav1.UpdateOptions{})
		return err
	})
	step("%d objects created, %d were there", created.Load(), int64(s.objects)-created.Load())
	return err
}

func (s *scaler) waitEstablished(ctx context.Context) error {
	want := map[string]bool{}
	for _, k := range s.kinds {
		want[k.crdName()] = true
	}
	deadline := time.Now().Add(5 * time.Minute)
	for {
		list, err := s.dyn.Resource(crdGVR).List(ctx, metav1.ListOptions{})
		if err != nil {
			return err
		}
		ready := 0
		for _, crd := range list.Items {
			if !want[crd.GetName()] {
				continue
			}
			conds, _, _ := unstructured.NestedSlice(crd.Object, "status", "conditions")
			for _, c := range conds {
				if m, ok := c.(map[string]any); ok && m["type"] == "Established" && m["status"] == "True" {
					ready++
				}
			}
		}
		if ready == len(want) {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("only %d of %d CRDs established after 5 minutes", ready, len(want))
		}
		time.Sleep(time.Second)
	}
}

func (s *scaler) clean(ctx context.Context) error {
	step("deleting %d CRDs (their objects go with them)", len(s.kinds))
	if err := scaleParallel(len(s.kinds), s.workers, "CRDs", func(i int) error {
		return ignoreNotFound(s.dyn.Resource(crdGVR).Delete(ctx, s.kinds[i].crdName(), metav1.DeleteOptions{}))
	}); err != nil {
		return err
	}
	// Wait until they are gone: a namespace's objects of a kind being removed would otherwise
	// still be counted by the provisioner's namespace finalizer.
	for deadline := time.Now().Add(10 * time.Minute); ; {
		left := 0
		for _, k := range s.kinds {
			if _, err := s.dyn.Resource(crdGVR).Get(ctx, k.crdName(), metav1.GetOptions{}); err == nil {
				left++
				break
			}
		}
		if left == 0 {
			break
		}
		if time.Now().After(deadline) {
			return errors.New("CRDs still there after 10 minutes")
		}
		time.Sleep(2 * time.Second)
	}
	have, err := s.scaleNamespaces(ctx)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(have))
	for n := range have {
		names = append(names, n)
	}
	sort.Strings(names)
	step("deleting %d tenant namespaces", len(names))
	if err := scaleParallel(len(names), s.workers, "namespaces", func(i int) error {
		ns := names[i]
		if err := s.cs.RbacV1().RoleBindings(ns).DeleteCollection(ctx, metav1.DeleteOptions{}, metav1.ListOptions{}); ignoreNotFound(err) != nil {
			return err
		}
		if err := ignoreNotFound(s.cs.CoreV1().Namespaces().Delete(ctx, ns, metav1.DeleteOptions{})); err != nil {
			return err
		}
		// Only RoleBindings lived here: drop the finalizer at once.
		got, err := s.cs.CoreV1().Namespaces().Get(ctx, ns, metav1.GetOptions{})
		if apierrors.IsNotFound(err) {
			return nil
		}
		if err != nil {
			return err
		}
		got.Spec.Finalizers = nil
		_, err = s.cs.CoreV1().Namespaces().Finalize(ctx, got, metav1.UpdateOptions{})
		if apierrors.IsNotFound(err) || apierrors.IsConflict(err) {
			return nil // gone, or the provisioner finalized it first
		}
		return err
	}); err != nil {
		return err
	}
	return ignoreNotFound(s.cs.RbacV1().ClusterRoles().Delete(ctx, scaleReaderRole, metav1.DeleteOptions{}))
}
