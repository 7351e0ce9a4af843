package main

// The object churn of the soak benchmark (bench/soak): ConfigMaps labelled app=scs-soak in one
// namespace, created up to a count (fill), changed at a steady rate for a while (churn: mostly
// updates, some deletes and creates, so the set of rows changes too), and deleted (clean).
// The rate is held by a ticker; a change that finds every worker busy (the API server is slow or
// down) is skipped and counted, so an outage does not leave a backlog that bursts afterwards.

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/kubernetes"
)

const soakLabel = "app=scs-soak"

func soakName(i int) string { return fmt.Sprintf("soak-%05d", i) }

func soakConfigMap(name string, n int64) *corev1.ConfigMap {
	return &corev1.ConfigMap{
		ObjectMeta: metav1.ObjectMeta{Name: name, Labels: map[string]string{"app": "scs-soak"}},
		Data: map[string]string{
			"counter":       strconv.FormatInt(n, 10),
			"settings.yaml": fmt.Sprintf("replicas: %d\nregion: de-%d\n# %0200d\n", n%7, n%3, 0),
		},
	}
}

func cmdSoak(args []string) error {
	fs := flag.NewFlagSet("soak", flag.ExitOnError)
	kubeconfig := fs.String("kubeconfig", "", "admin kubeconfig of the central API server")
	namespace := fs.String("namespace", "", "namespace of the ConfigMaps")
	objects := fs.Int("objects", 5000, "fill: how many ConfigMaps; churn: the count held")
	rate := fs.Float64("rate", 100, "churn: changes per second")
	duration := fs.Duration("duration", 30*time.Minute, "churn: how long")
	workers := fs.Int("workers", 32, "requests in flight at most")
	_ = fs.Parse(args)
	if *kubeconfig == "" || *namespace == "" || fs.NArg() != 1 {
		return errors.New("usage: stackctl soak --kubeconfig FILE --namespace NS [flags] fill|churn|clean")
	}
	cfg, err := loadConfig(*kubeconfig)
	if err != nil {
		return err
	}
	cfg.QPS, cfg.Burst = float32(*rate*2+50), int(*rate*2+100)
	cfg.Timeout = 10 * time.Second
	cs, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		return err
	}
	cms := cs.CoreV1().ConfigMaps(*namespace)
	ctx := context.Background()
	switch fs.Arg(0) {
	case "fill":
		return soakFill(ctx, cs, *namespace, *objects, *workers)
	case "churn":
		return soakChurn(ctx, cs, *namespace, *objects, *rate, *duration, *workers)
	case "clean":
		return cms.DeleteCollection(ctx, metav1.DeleteOptions{},
			metav1.ListOptions{LabelSelector: soakLabel})
	}
	return fmt.Errorf("unknown soak phase %q (fill, churn or clean)", fs.Arg(0))
}

// soakNames lists the names of the soak ConfigMaps now in the namespace.
func soakNames(ctx context.Context, cs kubernetes.Interface, ns string) (map[string]bool, error) {
	names := map[string]bool{}
	opts := metav1.ListOptions{LabelSelector: soakLabel, Limit: 2000}
	for {
		list, err := cs.CoreV1().ConfigMaps(ns).List(ctx, opts)
		if err != nil {
			return nil, err
		}
		for _, cm := range list.Items {
			names[cm.Name] = true
		}
		if list.Continue == "" {
			return names, nil
		}
		opts.Continue = list.Continue
	}
}

func soakFill(ctx context.Context, cs kubernetes.Interface, ns string, objects, workers int) error {
	have, err := soakNames(ctx, cs, ns)
	if err != nil {
		return err
	}
	work := make(chan string)
	var failed atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers*2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range work {
				for attempt := 0; attempt < 5; attempt++ {
					_, err := cs.CoreV1().ConfigMaps(ns).Create(ctx, soakConfigMap(name, 0), metav1.CreateOptions{})
					if err == nil || apierrors.IsAlreadyExists(err) {
						break
					}
					if attempt == 4 {
						failed.Add(1)
					}
					time.Sleep(200 * time.Millisecond)
				}
			}
		}()
	}
	created := 0
	for i := 0; i < objects; i++ {
		if !have[soakName(i)] {
			work <- soakName(i)
			created++
		}
	}
	close(work)
	wg.Wait()
	if n := failed.Load(); n > 0 {
		return fmt.Errorf("%d of %d creates failed", n, created)
	}
	fmt.Fprintf(os.Stderr, "soak fill: %d ConfigMaps created, %d were there\n", created, len(have))
	return nil
}

type soakStats struct {
	Updates, Creates, Deletes  atomic.Int64
	Failed, Skipped, Conflicts atomic.Int64
	mu                         sync.Mutex
	latencies                  []time.Duration
}

func (s *soakStats) took(d time.Duration) {
	s.mu.Lock()
	s.latencies = append(s.latencies, d)
	s.mu.Unlock()
}

func soakChurn(ctx context.Context, cs kubernetes.Interface, ns string, objects int, rate float64,
	duration time.Duration, workers int) error {
	have, err := soakNames(ctx, cs, ns)
	if err != nil {
		return err
	}
	// live: names that exist (as far as the driver knows); free: names to create. A name is in
	// neither while its request is in flight, so two changes never race on one object.
	var mu sync.Mutex
	var live, free []string
	for name := range have {
		live = append(live, name)
	}
	for i := 0; len(live)+len(free) < objects*11/10; i++ {
		if !have[soakName(i)] {
			free = append(free, soakName(i))
		}
	}
	sort.Strings(live)
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	take := func(from *[]string) (string, bool) {
		if len(*from) == 0 {
			return "", false
		}
		i := rng.Intn(len(*from))
		name := (*from)[i]
		(*from)[i] = (*from)[len(*from)-1]
		*from = (*from)[:len(*from)-1]
		return name, true
	}
	var counter atomic.Int64
	stats := &soakStats{}
	type change struct {
		op   string // update, create, delete
		name string
	}
	// A short queue absorbs a slow moment; when it is full the change is skipped.
	work := make(chan change, workers*2)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range work {
				started := time.Now()
				n := counter.Add(1)
				var err error
				exists := true
				switch c.op {
				case "update":
					patch := fmt.Sprintf(`{"data":{"counter":%q}}`, strconv.FormatInt(n, 10))
					_, err = cs.CoreV1().ConfigMaps(ns).Patch(ctx, c.name, types.MergePatchType,
						[]byte(patch), metav1.PatchOptions{})
					if apierrors.IsNotFound(err) {
						exists, err = false, nil
					}
				case "create":
					_, err = cs.CoreV1().ConfigMaps(ns).Create(ctx, soakConfigMap(c.name, n), metav1.CreateOptions{})
					if apierrors.IsAlreadyExists(err) {
						err = nil
					}
					exists = err == nil
				case "delete":
					err = cs.CoreV1().ConfigMaps(ns).Delete(ctx, c.name, metav1.DeleteOptions{})
					if apierrors.IsNotFound(err) {
						err = nil
					}
					exists = err != nil
				}
				if err != nil {
					stats.Failed.Add(1)
					if apierrors.IsConflict(err) {
						stats.Conflicts.Add(1)
					}
				} else {
					stats.took(time.Since(started))
					switch c.op {
					case "update":
						stats.Updates.Add(1)
					case "create":
						stats.Creates.Add(1)
					case "delete":
						stats.Deletes.Add(1)
					}
				}
				mu.Lock()
				if exists {
					live = append(live, c.name)
				} else {
					free = append(free, c.name)
				}
				mu.Unlock()
			}
		}()
	}

	sendChange := func() {
		mu.Lock()
		// 90 % updates; the rest deletes and creates, steered towards `objects` rows.
		op := "update"
		if roll := rng.Intn(100); roll >= 90 {
			op = "delete"
			if roll >= 95 || len(live) < objects-objects/100 {
				op = "create"
			}
			if len(live) > objects+objects/100 {
				op = "delete"
			}
		}
		var name string
		var ok bool
		if op == "create" {
			name, ok = take(&free)
		} else {
			name, ok = take(&live)
		}
		mu.Unlock()
		if !ok {
			stats.Skipped.Add(1)
			return
		}
		select {
		case work <- change{op, name}:
		default: // the queue is full: skip this change rather than let a backlog grow
			stats.Skipped.Add(1)
			mu.Lock()
			if op == "create" {
				free = append(free, name)
			} else {
				live = append(live, name)
			}
			mu.Unlock()
		}
	}
	start := time.Now()
	// A ticker drops ticks on a loaded machine; each tick sends what is due by the clock instead
	// (at most a second's worth, so a stalled driver does not burst).
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	report := time.NewTicker(10 * time.Second)
	defer report.Stop()
	deadline := time.After(duration)
	sent := 0
loop:
	for {
		select {
		case <-deadline:
			break loop
		case <-report.C:
			fmt.Fprintf(os.Stderr, "soak churn %4.0fs: %d updates, %d creates, %d deletes, %d failed, %d skipped\n",
				time.Since(start).Seconds(), stats.Updates.Load(), stats.Creates.Load(),
				stats.Deletes.Load(), stats.Failed.Load(), stats.Skipped.Load())
		case <-ticker.C:
			due := int(time.Since(start).Seconds() * rate)
			if due-sent > int(rate) {
				stats.Skipped.Add(int64(due - sent - int(rate)))
				sent = due - int(rate)
			}
			for ; sent < due; sent++ {
				sendChange()
			}
		}
	}
	close(work)
	wg.Wait()
	elapsed := time.Since(start)
	stats.mu.Lock()
	lat := stats.latencies
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		if len(lat) == 0 {
			return 0
		}
		return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000
	}
	done := stats.Updates.Load() + stats.Creates.Load() + stats.Deletes.Load()
	summary := map[string]any{
		"seconds": elapsed.Seconds(), "sent": sent, "updates": stats.Updates.Load(),
		"creates": stats.Creates.Load(), "deletes": stats.Deletes.Load(),
		"failed": stats.Failed.Load(), "conflicts": stats.Conflicts.Load(),
		"skipped": stats.Skipped.Load(), "changes_per_s": float64(done) / elapsed.Seconds(),
		"latency_ms_p50": pct(0.5), "latency_ms_p99": pct(0.99), "objects_now": len(live),
	}
	stats.mu.Unlock()
	return json.NewEncoder(os.Stdout).Encode(summary)
}
