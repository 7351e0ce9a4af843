package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/util/wait"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"k8s.io/client-go/discovery"
	"k8s.io/client-go/discovery/cached/memory"
	"k8s.io/client-go/dynamic"
	"k8s.io/client-go/rest"
	"k8s.io/client-go/restmapper"
	"k8s.io/client-go/tools/clientcmd"

	"scs.community/console/stack/manifests"
)

const fieldManager = "scs-stack-seed"

// The Cluster API CRDs the console uses; taken from the sigs.k8s.io/cluster-api module
// (paths below its root).
var capiCRDFiles = []string{
	"config/crd/bases/cluster.x-k8s.io_clusterclasses.yaml",
	"config/crd/bases/cluster.x-k8s.io_clusters.yaml",
	"config/crd/bases/cluster.x-k8s.io_machinedeployments.yaml",
	"config/crd/bases/cluster.x-k8s.io_machinesets.yaml",
	"config/crd/bases/cluster.x-k8s.io_machines.yaml",
	"controlplane/kubeadm/config/crd/bases/controlplane.cluster.x-k8s.io_kubeadmcontrolplanes.yaml",
}

var crdGVR = schema.GroupVersionResource{Group: "apiextensions.k8s.io", Version: "v1", Resource: "customresourcedefinitions"}

type applier struct {
	dyn    dynamic.Interface
	mapper *restmapper.DeferredDiscoveryRESTMapper
}

func newApplier(cfg *rest.Config) (*applier, error) {
	dyn, err := dynamic.NewForConfig(cfg)
	if err != nil {
		return nil, err
	}
	dc, err := discovery.NewDiscoveryClientForConfig(cfg)
	if err != nil {
		return nil, err
	}
	return &applier{dyn: dyn, mapper: restmapper.NewDeferredDiscoveryRESTMapper(memory.NewMemCacheClient(dc))}, nil
}

func loadConfig(kubeconfig string) (*rest.Config, error) {
	cfg, err := clientcmd.BuildConfigFromFlags("", kubeconfig)
	if err != nil {
		return nil, err
	}
	cfg.QPS, cfg.Burst = 50, 100
	cfg.UserAgent = "scs-stack"
	// cluster.x-k8s.io/v1beta1 is deprecated upstream; the console still uses it on purpose.
	cfg.WarningHandler = rest.NoWarnings{}
	return cfg, nil
}

func decodeAll(r io.Reader) ([]*unstructured.Unstructured, error) {
	dec := utilyaml.NewYAMLOrJSONDecoder(r, 4096)
	var out []*unstructured.Unstructured
	for {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			if errors.Is(err, io.EOF) {
				return out, nil
			}
			return nil, err
		}
		if len(m) == 0 {
			continue
		}
		out = append(out, &unstructured.Unstructured{Object: m})
	}
}

func (a *applier) resource(obj *unstructured.Unstructured) (dynamic.ResourceInterface, error) {
	gvk := obj.GroupVersionKind()
	m, err := a.mapper.RESTMapping(gvk.GroupKind(), gvk.Version)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", gvk, err)
	}
	if m.Scope.Name() == meta.RESTScopeNameNamespace {
		return a.dyn.Resource(m.Resource).Namespace(obj.GetNamespace()), nil
	}
	return a.dyn.Resource(m.Resource), nil
}

// apply server-side applies obj (createOnly: create it unless it exists).
func (a *applier) apply(ctx context.Context, obj *unstructured.Unstructured, createOnly bool) error {
	ri, err := a.resource(obj)
	if err != nil {
		return err
	}
	what := fmt.Sprintf("%s %s/%s", obj.GetKind(), obj.GetNamespace(), obj.GetName())
	if createOnly {
		_, err = ri.Create(ctx, obj, metav1.CreateOptions{FieldManager: fieldManager})
		if apierrors.IsAlreadyExists(err) {
			return nil
		}
	} else {
		_, err = ri.Apply(ctx, obj.GetName(), obj, metav1.ApplyOptions{FieldManager: fieldManager, Force: true})
	}
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// capiCRDs reads the Cluster API CRDs and makes the wanted version (v1beta1 or v1beta2) the
// only served (and storage) one: no conversion webhook runs here, so serving both would
// relabel one version's data as the other.
func capiCRDs(dir, want string) ([]*unstructured.Unstructured, error) {
	var out []*unstructured.Unstructured
	// The module cache path names the version: .../sigs.k8s.io/cluster-api@v1.x.y/config/crd/bases
	root := filepath.Dir(filepath.Dir(filepath.Dir(dir)))
	source := "sigs.k8s.io/" + filepath.Base(root)
	for _, f := range capiCRDFiles {
		data, err := os.ReadFile(filepath.Join(root, f))
		if err != nil {
			return nil, fmt.Errorf("Cluster API CRD: %w", err)
		}
		objs, err := decodeAll(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		for _, o := range objs {
			versions, _, _ := unstructured.NestedSlice(o.Object, "spec", "versions")
			found := false
			for _, v := range versions {
				vm := v.(map[string]any)
				isWanted := vm["name"] == want
				found = found || isWanted
				vm["served"], vm["storage"] = isWanted, isWanted
			}
			if !found {
				return nil, fmt.Errorf("%s: no %s version", f, want)
			}
			_ = unstructured.SetNestedSlice(o.Object, versions, "spec", "versions")
			_ = unstructured.SetNestedField(o.Object, "None", "spec", "conversion", "strategy")
			unstructured.RemoveNestedField(o.Object, "spec", "conversion", "webhook")
			o.SetLabels(map[string]string{"cluster.x-k8s.io/provider": "cluster-api"})
			o.SetAnnotations(map[string]string{"scs.community/source": source})
			out = append(out, o)
		}
	}
	return out, nil
}

// dropCRDsOfOtherVersion deletes the Cluster API CRDs (and with them all their objects) that
// store another version than the wanted one: their data cannot be read as the other version
// without conversion. The finalizers of the objects are dropped first (no controller would).
func (a *applier) dropCRDsOfOtherVersion(ctx context.Context, crds []*unstructured.Unstructured, want string) error {
	for _, c := range crds {
		old, err := a.dyn.Resource(crdGVR).Get(ctx, c.GetName(), metav1.GetOptions{})
		if apierrors.IsNotFound(err) {
			continue
		}
		if err != nil {
			return err
		}
		stored := ""
		versions, _, _ := unstructured.NestedSlice(old.Object, "spec", "versions")
		for _, v := range versions {
			if vm := v.(map[string]any); vm["storage"] == true {
				stored = fmt.Sprint(vm["name"])
			}
		}
		if stored == want {
			continue
		}
		group, _, _ := unstructured.NestedString(old.Object, "spec", "group")
		plural, _, _ := unstructured.NestedString(old.Object, "spec", "names", "plural")
		ri := a.dyn.Resource(schema.GroupVersionResource{Group: group, Version: stored, Resource: plural})
		list, err := ri.List(ctx, metav1.ListOptions{})
		if err != nil && !apierrors.IsNotFound(err) {
			return err
		}
		if list != nil {
			for _, o := range list.Items {
				if len(o.GetFinalizers()) > 0 {
					o.SetFinalizers(nil)
					if _, err := ri.Namespace(o.GetNamespace()).Update(ctx, &o, metav1.UpdateOptions{}); err != nil && !apierrors.IsNotFound(err) {
						return err
					}
				}
			}
		}
		fmt.Fprintf(os.Stderr, "seed: %s stored %s, %s wanted: deleting it with its objects\n", c.GetName(), stored, want)
		if err := a.dyn.Resource(crdGVR).Delete(ctx, c.GetName(), metav1.DeleteOptions{}); err != nil && !apierrors.IsNotFound(err) {
			return err
		}
		err = wait.PollUntilContextTimeout(ctx, 300*time.Millisecond, 60*time.Second, true, func(ctx context.Context) (bool, error) {
			_, err := a.dyn.Resource(crdGVR).Get(ctx, c.GetName(), metav1.GetOptions{})
			return apierrors.IsNotFound(err), nil
		})
		if err != nil {
			return fmt.Errorf("%s was not deleted: %w", c.GetName(), err)
		}
	}
	return nil
}

func (a *applier) waitEstablished(ctx context.Context, names []string) error {
	return wait.PollUntilContextTimeout(ctx, 200*time.Millisecond, 60*time.Second, true, func(ctx context.Context) (bool, error) {
		for _, n := range names {
			crd, err := a.dyn.Resource(crdGVR).Get(ctx, n, metav1.GetOptions{})
			if err != nil {
				return false, nil
			}
			conds, _, _ := unstructured.NestedSlice(crd.Object, "status", "conditions")
			ok := false
			for _, c := range conds {
				cm := c.(map[string]any)
				if cm["type"] == "Established" && cm["status"] == "True" {
					ok = true
				}
			}
			if !ok {
				return false, nil
			}
		}
		return true, nil
	})
}

func manifestFiles() ([]string, error) {
	names, err := fs.Glob(manifests.FS, "*.yaml")
	sort.Strings(names)
	return names, err
}

func cmdSeed(args []string) error {
	fset := flag.NewFlagSet("seed", flag.ExitOnError)
	kubeconfig := fset.String("kubeconfig", "", "admin kubeconfig of the central API server")
	workloadKubeconfig := fset.String("workload-kubeconfig", "", "admin kubeconfig of the workload API server")
	capiDir := fset.String("capi-crds", "", "config/crd/bases of the sigs.k8s.io/cluster-api module")
	_ = fset.Parse(args)
	if *kubeconfig == "" || *capiDir == "" {
		return errors.New("--kubeconfig and --capi-crds are required")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	start := time.Now()

	cfg, err := loadConfig(*kubeconfig)
	if err != nil {
		return err
	}
	a, err := newApplier(cfg)
	if err != nil {
		return err
	}
	files, err := manifestFiles()
	if err != nil {
		return err
	}
	var early, late [][]*unstructured.Unstructured
	var lateCreateOnly []bool
	for _, f := range files {
		if f == "workload.yaml" {
			continue
		}
		data, _ := manifests.FS.ReadFile(f)
		objs, err := decodeAll(bytes.NewReader(data))
		if err != nil {
			return fmt.Errorf("manifests/%s: %w", f, err)
		}
		hasCR := false
		for _, o := range objs {
			g := o.GroupVersionKind().Group
			hasCR = hasCR || strings.HasSuffix(g, "scs.community") || strings.HasSuffix(g, "x-k8s.io") ||
				strings.HasSuffix(g, ".crossplane.io")
		}
		if hasCR {
			late = append(late, objs)
			lateCreateOnly = append(lateCreateOnly, strings.HasPrefix(f, "samples-"))
		} else {
			early = append(early, objs)
		}
	}
	capiVersion, err := capiVersionFromEnv()
	if err != nil {
		return err
	}
	gvrs := newCapiGVRs(capiVersion)
	capi, err := capiCRDs(*capiDir, capiVersion)
	if err != nil {
		return err
	}
	if err := a.dropCRDsOfOtherVersion(ctx, capi, capiVersion); err != nil {
		return err
	}
	early = append(early, capi)
	for _, objs := range late {
		for _, o := range objs {
			gvrs.toServedVersion(o)
		}
	}

	var crdNames []string
	var quotas []*unstructured.Unstructured
	n := 0
	for _, objs := range early {
		for _, o := range objs {
			if o.GetKind() == "ResourceQuota" {
				quotas = append(quotas, o) // after the samples (below)
				continue
			}
			if err := a.apply(ctx, o, false); err != nil {
				return err
			}
			if o.GetKind() == "CustomResourceDefinition" {
				crdNames = append(crdNames, o.GetName())
			}
			n++
		}
	}
	if err := a.waitEstablished(ctx, crdNames); err != nil {
		return fmt.Errorf("CRDs not established: %w", err)
	}
	a.mapper.Reset()
	// The seeded quotas come after the samples, so that they never refuse the seed's own
	// objects: on a stack that is started again, what tests left in a tenant may already use
	// its quota up. A quota from an earlier start goes first (its status would be stale).
	quotaGVR := schema.GroupVersionResource{Version: "v1", Resource: "resourcequotas"}
	for _, q := range quotas {
		err := a.dyn.Resource(quotaGVR).Namespace(q.GetNamespace()).Delete(ctx, q.GetName(), metav1.DeleteOptions{})
		if err != nil && !apierrors.IsNotFound(err) {
			return fmt.Errorf("quota %s/%s: %w", q.GetNamespace(), q.GetName(), err)
		}
	}
	for i, objs := range late {
		for _, o := range objs {
			err := wait.PollUntilContextTimeout(ctx, 300*time.Millisecond, 30*time.Second, true, func(ctx context.Context) (bool, error) {
				err := a.apply(ctx, o, lateCreateOnly[i])
				if meta.IsNoMatchError(err) || apierrors.IsNotFound(err) {
					a.mapper.Reset() // discovery lags a moment behind Established
					return false, nil
				}
				return err == nil, err
			})
			if err != nil {
				return err
			}
			n++
		}
	}

	// No controller-manager runs here, so nothing fills a ResourceQuota's status, and the quota
	// admission refuses what a quota without status.hard counts ("status unknown"). The seed
	// fakes the quota controller: status.hard from spec.hard, status.used counted.
	for _, q := range quotas {
		if err := a.apply(ctx, q, false); err != nil {
			return err
		}
		n++
	}
	if err := a.refreshQuotaStatus(ctx, [][]*unstructured.Unstructured{quotas}); err != nil {
		return err
	}

	if *workloadKubeconfig != "" {
		wcfg, err := loadConfig(*workloadKubeconfig)
		if err != nil {
			return err
		}
		wa, err := newApplier(wcfg)
		if err != nil {
			return err
		}
		data, _ := manifests.FS.ReadFile("workload.yaml")
		objs, err := decodeAll(bytes.NewReader(data))
		if err != nil {
			return err
		}
		for _, o := range objs {
			if err := wa.apply(ctx, o, false); err != nil {
				return fmt.Errorf("workload: %w", err)
			}
			n++
		}
	}
	fmt.Fprintf(os.Stderr, "seed: %d objects applied in %s\n", n, time.Since(start).Round(time.Millisecond))
	return nil
}

// refreshQuotaStatus does for the seeded ResourceQuotas what kube-controller-manager's quota
// controller would: status.hard = spec.hard, and status.used counted for object counts
// ("count/<resource>.<group>"); other resources (requests.cpu, ...) are used "0":
// the Central API runs no pods. Admission keeps charging creates between two refreshes but
// nothing gives back on delete (the stack's README says so).
func (a *applier) refreshQuotaStatus(ctx context.Context, groups [][]*unstructured.Unstructured) error {
	quotaGVR := schema.GroupVersionResource{Version: "v1", Resource: "resourcequotas"}
	for _, objs := range groups {
		for _, o := range objs {
			if o.GetKind() != "ResourceQuota" {
				continue
			}
			ns := o.GetNamespace()
			hard, _, _ := unstructured.NestedStringMap(o.Object, "spec", "hard")
			used := map[string]any{}
			hardAny := map[string]any{}
			for res, q := range hard {
				hardAny[res] = q
				used[res] = "0"
				name, isCount := strings.CutPrefix(res, "count/")
				if !isCount {
					continue
				}
				resource, group, _ := strings.Cut(name, ".")
				gvr, err := a.mapper.ResourceFor(schema.GroupVersionResource{Group: group, Resource: resource})
				if err != nil {
					continue // not served (yet): nothing of it exists
				}
				list, err := a.dyn.Resource(gvr).Namespace(ns).List(ctx, metav1.ListOptions{})
				if err != nil {
					return fmt.Errorf("quota %s/%s: counting %s: %w", ns, o.GetName(), res, err)
				}
				used[res] = fmt.Sprint(len(list.Items))
			}
			rq := a.dyn.Resource(quotaGVR).Namespace(ns)
			cur, err := rq.Get(ctx, o.GetName(), metav1.GetOptions{})
			if err != nil {
				return fmt.Errorf("quota %s/%s: %w", ns, o.GetName(), err)
			}
			cur.Object["status"] = map[string]any{"hard": hardAny, "used": used}
			if _, err := rq.UpdateStatus(ctx, cur, metav1.UpdateOptions{FieldManager: fieldManager}); err != nil {
				return fmt.Errorf("quota %s/%s status: %w", ns, o.GetName(), err)
			}
		}
	}
	return nil
}
