package main

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"time"
)

// PKI layout under <run>/pki. Every key file is 0600. The server CA (ca.crt) is the only file
// the console and tests need; the client CAs and admin keys stay with the stack.
//
//	ca.crt/.key                 server CA: signs server.crt (Keycloak and both API servers)
//	server.crt/.key             SAN IP 127.0.0.1 and DNS localhost
//	client-ca.crt/.key          client CA of the central API server
//	admin.crt/.key              system:masters client cert for the central API server
//	workload-client-ca.crt/.key client CA of the workload API server (issues the CAPI kubeconfigs)
//	workload-admin.crt/.key     system:masters client cert for the workload API server
//	sa.key/sa.pub               service-account signing keys (both servers)
//	kubelet-client-ca.crt/.key  CA the stack's node (stackctl node) trusts for its kubelet API
//	apiserver-kubelet-client.crt/.key  the workload API server's client cert for that API
//	                            (logs, exec, port-forward); no one else holds one
type pki struct{ dir string }

func (p pki) path(name string) string { return filepath.Join(p.dir, name) }

func writeFileAtomic(path string, data []byte, mode os.FileMode) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, mode); err != nil {
		return err
	}
	if err := os.Chmod(tmp, mode); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func writeKey(path string, key crypto.Signer) error {
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return err
	}
	return writeFileAtomic(path, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600)
}

func writeCert(path string, der []byte) error {
	return writeFileAtomic(path, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644)
}

func readPEM(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	block, _ := pem.Decode(data)
	if block == nil {
		return nil, fmt.Errorf("%s: no PEM block", path)
	}
	return block.Bytes, nil
}

func loadPair(certPath, keyPath string) (*x509.Certificate, crypto.Signer, error) {
	cder, err := readPEM(certPath)
	if err != nil {
		return nil, nil, err
	}
	cert, err := x509.ParseCertificate(cder)
	if err != nil {
		return nil, nil, err
	}
	kder, err := readPEM(keyPath)
	if err != nil {
		return nil, nil, err
	}
	k, err := x509.ParsePKCS8PrivateKey(kder)
	if err != nil {
		return nil, nil, err
	}
	signer, ok := k.(crypto.Signer)
	if !ok {
		return nil, nil, errors.New(keyPath + ": not a signing key")
	}
	return cert, signer, nil
}

func serial() *big.Int {
	n, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 120))
	if err != nil {
		panic(err)
	}
	return n
}

func newECKey() crypto.Signer {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		panic(err)
	}
	return k
}

// usable reports whether the certificate exists and stays valid for at least 30 more days.
func usable(certPath string) bool {
	der, err := readPEM(certPath)
	if err != nil {
		return false
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		return false
	}
	return time.Until(c.NotAfter) > 30*24*time.Hour
}

func (p pki) ensureCA(name, cn string) (*x509.Certificate, crypto.Signer, error) {
	crt, key := p.path(name+".crt"), p.path(name+".key")
	if usable(crt) {
		return loadPair(crt, key)
	}
	k := newECKey()
	tmpl := &x509.Certificate{
		SerialNumber:          serial(),
		Subject:               pkix.Name{CommonName: cn, Organization: []string{"SCS Console test stack"}},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().AddDate(10, 0, 0),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign | x509.KeyUsageDigitalSignature,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, k.Public(), k)
	if err != nil {
		return nil, nil, err
	}
	if err := writeKey(key, k); err != nil {
		return nil, nil, err
	}
	if err := writeCert(crt, der); err != nil {
		return nil, nil, err
	}
	// Everything the old CA signed is void now.
	return loadPair(crt, key)
}

func (p pki) ensureLeaf(name string, ca *x509.Certificate, caKey crypto.Signer, tmpl *x509.Certificate, force bool) error {
	crt, key := p.path(name+".crt"), p.path(name+".key")
	if !force && usable(crt) {
		if der, err := readPEM(crt); err == nil {
			if c, err := x509.ParseCertificate(der); err == nil && c.CheckSignatureFrom(ca) == nil {
				return nil
			}
		}
	}
	k := newECKey()
	tmpl.SerialNumber = serial()
	tmpl.NotBefore = time.Now().Add(-time.Hour)
	tmpl.NotAfter = time.Now().AddDate(1, 0, 0)
	tmpl.KeyUsage = x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, k.Public(), caKey)
	if err != nil {
		return err
	}
	if err := writeKey(key, k); err != nil {
		return err
	}
	return writeCert(crt, der)
}

// ensurePKI creates whatever is missing or about to expire; it is cheap when all is in place.
func ensurePKI(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	p := pki{dir}
	ca, caKey, err := p.ensureCA("ca", "SCS test stack CA")
	if err != nil {
		return fmt.Errorf("server CA: %w", err)
	}
	if err := p.ensureLeaf("server", ca, caKey, &x509.Certificate{
		Subject:     pkix.Name{CommonName: "127.0.0.1"},
		DNSNames:    []string{"localhost"},
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")},
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}, false); err != nil {
		return fmt.Errorf("server certificate: %w", err)
	}
	for _, c := range []struct{ ca, leaf, cn string }{
		{"client-ca", "admin", "scs-stack-admin"},
		{"workload-client-ca", "workload-admin", "kubernetes-admin"},
	} {
		cca, ccaKey, err := p.ensureCA(c.ca, "SCS test stack "+c.ca)
		if err != nil {
			return fmt.Errorf("%s: %w", c.ca, err)
		}
		if err := p.ensureLeaf(c.leaf, cca, ccaKey, &x509.Certificate{
			Subject:     pkix.Name{CommonName: c.cn, Organization: []string{"system:masters"}},
			ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth},
		}, false); err != nil {
			return fmt.Errorf("%s certificate: %w", c.leaf, err)
		}
	}
	// The kubelet API (stackctl node) accepts only certificates of its own CA, which signs
	// only the workload API server's: users reach pods through the API server and its RBAC.
	kca, kcaKey, err := p.ensureCA("kubelet-client-ca", "SCS test stack kubelet-client-ca")
	if err != nil {
		return fmt.Errorf("kubelet-client-ca: %w", err)
	}
	if err := p.ensureLeaf("apiserver-kubelet-client", kca, kcaKey, &x509.Certificate{
		Subject:     pkix.Name{CommonName: "kube-apiserver-kubelet-client", Organization: []string{"system:masters"}},
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth},
	}, false); err != nil {
		return fmt.Errorf("apiserver-kubelet-client certificate: %w", err)
	}
	if _, err := os.Stat(p.path("sa.key")); err != nil {
		k, err := rsa.GenerateKey(rand.Reader, 2048)
		if err != nil {
			return err
		}
		pub, err := x509.MarshalPKIXPublicKey(&k.PublicKey)
		if err != nil {
			return err
		}
		if err := writeKey(p.path("sa.key"), k); err != nil {
			return err
		}
		if err := writeFileAtomic(p.path("sa.pub"), pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pub}), 0o644); err != nil {
			return err
		}
	}
	return nil
}
