package main

import (
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/signal"
	"syscall"
	"time"

	"go.etcd.io/etcd/server/v3/embed"
)

func cmdEtcd(args []string) error {
	fs := flag.NewFlagSet("etcd", flag.ExitOnError)
	dataDir := fs.String("data-dir", "", "etcd data directory")
	clientPort := fs.Int("client-port", 0, "client port on 127.0.0.1")
	peerPort := fs.Int("peer-port", 0, "peer port on 127.0.0.1")
	_ = fs.Parse(args)
	if *dataDir == "" || *clientPort == 0 || *peerPort == 0 {
		return errors.New("--data-dir, --client-port and --peer-port are required")
	}
	cu, _ := url.Parse(fmt.Sprintf("http://127.0.0.1:%d", *clientPort))
	pu, _ := url.Parse(fmt.Sprintf("http://127.0.0.1:%d", *peerPort))
	cfg := embed.NewConfig()
	cfg.Name = "scs-stack"
	cfg.Dir = *dataDir
	cfg.ListenClientUrls = []url.URL{*cu}
	cfg.AdvertiseClientUrls = []url.URL{*cu}
	cfg.ListenPeerUrls = []url.URL{*pu}
	cfg.AdvertisePeerUrls = []url.URL{*pu}
	cfg.InitialCluster = cfg.InitialClusterFromName(cfg.Name)
	// "warn" would log every request ("request stats"), tens of MB a day.
	cfg.LogLevel = "error"
	// A single test member on a laptop: keep memory and disk small, skip fsync.
	cfg.UnsafeNoFsync = true
	cfg.QuotaBackendBytes = 2 << 30
	cfg.AutoCompactionMode = "periodic"
	cfg.AutoCompactionRetention = "5m"
	cfg.SnapshotCount = 10000
	e, err := embed.StartEtcd(cfg)
	if err != nil {
		return err
	}
	defer e.Close()
	select {
	case <-e.Server.ReadyNotify():
		fmt.Fprintf(os.Stderr, "etcd ready on %s\n", cu)
	case <-time.After(60 * time.Second):
		return errors.New("etcd did not become ready within 60s")
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)
	select {
	case err := <-e.Err():
		return err
	case s := <-sig:
		fmt.Fprintf(os.Stderr, "etcd: %s, stopping\n", s)
		return nil
	}
}
