package main

import (
	"context"
	"fmt"
	"os"
	"time"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/client-go/dynamic"
	"k8s.io/client-go/kubernetes"
)

// runNamespaceFinalizer does what kube-controller-manager's namespace controller would: a
// namespace being deleted has its objects deleted, and once none is left its "kubernetes"
// finalizer is removed, so the namespace goes (without it, a deleted namespace would stay
// Terminating for ever and its name could not be used again, e.g. by a test that creates a
// tenant at every run). Objects with finalizers of their own (clusters) go when the
// provisioner lets them. Polls every second; stops with ctx.
func runNamespaceFinalizer(ctx context.Context, kube kubernetes.Interface, dyn dynamic.Interface) {
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		list, err := kube.CoreV1().Namespaces().List(ctx, metav1.ListOptions{})
		if err != nil {
			continue
		}
		for i := range list.Items {
			ns := &list.Items[i]
			if ns.DeletionTimestamp == nil || !hasKubernetesFinalizer(ns) {
				continue
			}
			if err := finalizeNamespace(ctx, kube, dyn, ns); err != nil {
				fmt.Fprintf(os.Stderr, "provisioner: namespace %s: %v\n", ns.Name, err)
			}
		}
	}
}

func hasKubernetesFinalizer(ns *corev1.Namespace) bool {
	for _, f := range ns.Spec.Finalizers {
		if f == corev1.FinalizerKubernetes {
			return true
		}
	}
	return false
}

func finalizeNamespace(ctx context.Context, kube kubernetes.Interface, dyn dynamic.Interface, ns *corev1.Namespace) error {
	lists, err := kube.Discovery().ServerPreferredNamespacedResources()
	if err != nil && len(lists) == 0 {
		return err
	}
	left := 0
	for _, l := range lists {
		gv, err := schema.ParseGroupVersion(l.GroupVersion)
		if err != nil {
			continue
		}
		for _, r := range l.APIResources {
			if !hasVerb(r.Verbs, "list") || !hasVerb(r.Verbs, "delete") {
				continue
			}
			ri := dyn.Resource(gv.WithResource(r.Name)).Namespace(ns.Name)
			objs, err := ri.List(ctx, metav1.ListOptions{})
			if err != nil {
				continue
			}
			for _, o := range objs.Items {
				left++
				if o.GetDeletionTimestamp() == nil {
					_ = ri.Delete(ctx, o.GetName(), metav1.DeleteOptions{})
				}
			}
		}
	}
	if left > 0 {
		return nil // next round
	}
	ns.Spec.Finalizers = nil
	_, err = kube.CoreV1().Namespaces().Finalize(ctx, ns, metav1.UpdateOptions{})
	return err
}

func hasVerb(verbs []string, want string) bool {
	for _, v := range verbs {
		if v == want {
			return true
		}
	}
	return false
}
