package main

import (
	"context"
	"time"

	corev1 "k8s.io/api/core/v1"
	"k8s.io/client-go/discovery/cached/memory"
	"k8s.io/client-go/informers"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/metadata"
	"k8s.io/client-go/metadata/metadatainformer"
	"k8s.io/client-go/rest"
	"k8s.io/client-go/restmapper"
	"k8s.io/controller-manager/pkg/informerfactory"
	"k8s.io/kubernetes/pkg/controller/garbagecollector"
	namespacecontroller "k8s.io/kubernetes/pkg/controller/namespace"
)

// lifecycleControllers sets up kube-controller-manager's garbage collector and namespace
// controller for the workload cluster, so deleting a Deployment or a namespace also deletes
// its pods (and ends their processes), as on a real cluster. The returned start runs them
// once the shared informers are started.
func lifecycleControllers(ctx context.Context, cfg *rest.Config, client kubernetes.Interface,
	all informers.SharedInformerFactory) (start func(), err error) {
	md, err := metadata.NewForConfig(cfg)
	if err != nil {
		return nil, err
	}
	metaInformers := metadatainformer.NewSharedInformerFactory(md, 0)
	mapper := restmapper.NewDeferredDiscoveryRESTMapper(memory.NewMemCacheClient(client.Discovery()))
	started := make(chan struct{})
	gc, err := garbagecollector.NewGarbageCollector(ctx, client, md, mapper,
		garbagecollector.DefaultIgnoredResources(), informerfactory.NewInformerFactory(all, metaInformers), started)
	if err != nil {
		return nil, err
	}
	nsc := namespacecontroller.NewNamespaceController(ctx, client, md,
		client.Discovery().ServerPreferredNamespacedResources, all.Core().V1().Namespaces(),
		5*time.Minute, corev1.FinalizerKubernetes)
	return func() {
		metaInformers.Start(ctx.Done())
		close(started)
		go gc.Run(ctx, 4, 30*time.Second)
		go gc.Sync(ctx, client.Discovery(), 30*time.Second)
		go nsc.Run(ctx, 2)
	}, nil
}
