// Package integration checks the local Central API stack from the outside, with real clients:
// kubectl + kubelogin through Keycloak's login form, raw HTTPS for the 401 cases. It needs a
// running stack (tests/stack/up) and fails, never skips, without one. SCS_STACK_ENV points at
// the env file (default <repo>/.cache/stack/run/stack.env).
package integration

import (
	"bufio"
	"bytes"
	"context"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var env = map[string]string{}

func TestMain(m *testing.M) {
	path := os.Getenv("SCS_STACK_ENV")
	if path == "" {
		wd, _ := os.Getwd()
		cache := os.Getenv("SCS_CACHE_DIR")
		if cache == "" {
			cache = filepath.Join(wd, "..", "..", "..", ".cache")
		}
		path = filepath.Join(cache, "stack", "run", "stack.env")
	}
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "no stack env file (%v): run tests/stack/up first\n", err)
		os.Exit(1)
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok {
			env[k] = v
		}
	}
	f.Close()
	os.Exit(m.Run())
}

func need(t *testing.T, key string) string {
	t.Helper()
	v := env[key]
	if v == "" {
		t.Fatalf("%s missing from the stack env file", key)
	}
	return v
}

// demoPassword reads a demo user's password from the realm file the stack imports, so the
// passwords are written in one place besides the README.
func demoPassword(t *testing.T, user string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(need(t, "SCS_STACK_SRC_DIR"), "keycloak", "realm-scs.json"))
	if err != nil {
		t.Fatal(err)
	}
	var realm struct {
		Users []struct {
			Username    string `json:"username"`
			Credentials []struct {
				Type  string `json:"type"`
				Value string `json:"value"`
			} `json:"credentials"`
		} `json:"users"`
	}
	if err := json.Unmarshal(data, &realm); err != nil {
		t.Fatal(err)
	}
	for _, u := range realm.Users {
		if u.Username == user {
			for _, c := range u.Credentials {
				if c.Type == "password" {
					return c.Value
				}
			}
		}
	}
	t.Fatalf("no password for %s in realm-scs.json", user)
	return ""
}

func httpClient(t *testing.T) *http.Client {
	t.Helper()
	pemData, err := os.ReadFile(need(t, "SCS_CA_FILE"))
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pemData)
	return &http.Client{Timeout: 20 * time.Second, Transport: &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12},
	}}
}

// passwordToken does the password grant (enabled in this test realm only) and returns the ID
// token, which is what kube-apiserver's --oidc-* flags validate.
func passwordToken(t *testing.T, clientID, user string) string {
	t.Helper()
	form := url.Values{"grant_type": {"password"}, "client_id": {clientID}, "username": {user},
		"password": {demoPassword(t, user)}, "scope": {"openid"}}
	resp, err := httpClient(t).PostForm(need(t, "SCS_OIDC_ISSUER")+"/protocol/openid-connect/token", form)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var tok struct {
		IDToken string `json:"id_token"`
		Error   string `json:"error_description"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&tok)
	if resp.StatusCode != 200 || tok.IDToken == "" {
		t.Fatalf("password grant for %s via %s: %s %s", user, clientID, resp.Status, tok.Error)
	}
	return tok.IDToken
}

// apiStatus sends a request to the Central API with an optional bearer token; returns status and body.
func apiStatus(t *testing.T, method, path, token string, body any) (int, []byte) {
	t.Helper()
	var r io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		r = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, need(t, "SCS_API_URL")+path, r)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := httpClient(t).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

func selfReview(t *testing.T, token string) (int, []byte) {
	t.Helper()
	return apiStatus(t, http.MethodPost, "/apis/authentication.k8s.io/v1/selfsubjectreviews", token,
		map[string]any{"apiVersion": "authentication.k8s.io/v1", "kind": "SelfSubjectReview"})
}

// --- kubectl + kubelogin -------------------------------------------------------------------

type kubectl struct {
	t          *testing.T
	kubeconfig string
	env        []string
}

// kubeloginKubeconfig writes a kubeconfig whose user signs in with kubelogin; kubelogin's
// --browser-command is the Keycloak helper that fills in the login form. kubelogin listens on
// its defaults (127.0.0.1:8000, else :18000), the redirect URIs registered in the realm.
func kubeloginKubeconfig(t *testing.T, user string) *kubectl {
	t.Helper()
	dir := t.TempDir()
	kc := fmt.Sprintf(`apiVersion: v1
kind: Config
clusters:
- name: scs
  cluster:
    server: %s
    certificate-authority: %s
users:
- name: %s
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: %s
      args:
      - get-token
      - --oidc-issuer-url=%s
      - --oidc-client-id=%s
      - --certificate-authority=%s
      - --browser-command=%s
      - --token-cache-dir=%s
      interactiveMode: Never
contexts:
- name: scs
  context: {cluster: scs, user: %s}
current-context: scs
`, need(t, "SCS_API_URL"), need(t, "SCS_CA_FILE"), user, need(t, "SCS_KUBELOGIN"),
		need(t, "SCS_OIDC_ISSUER"), need(t, "SCS_OIDC_CLIENT_ID"), need(t, "SCS_CA_FILE"),
		need(t, "SCS_BROWSER_LOGIN"), filepath.Join(dir, "token-cache"), user)
	path := filepath.Join(dir, "kubeconfig")
	if err := os.WriteFile(path, []byte(kc), 0o600); err != nil {
		t.Fatal(err)
	}
	return &kubectl{t: t, kubeconfig: path, env: []string{
		"SCS_LOGIN_USER=" + user, "SCS_LOGIN_PASSWORD=" + demoPassword(t, user),
		"SCS_CA_FILE=" + need(t, "SCS_CA_FILE"),
	}}
}

// run returns kubectl's stdout and, separately, its stderr (kubelogin's and the browser
// helper's progress lines and API warnings go there).
func (k *kubectl) run(stdin string, args ...string) (string, string, error) {
	k.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, need(k.t, "SCS_KUBECTL"), append([]string{"--kubeconfig", k.kubeconfig}, args...)...)
	cmd.Env = append(os.Environ(), k.env...)
	cmd.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	k.t.Logf("kubectl %s\n%s%s", strings.Join(args, " "), stdout.String(), stderr.String())
	return stdout.String(), stderr.String(), err
}

func (k *kubectl) ok(stdin string, args ...string) string {
	k.t.Helper()
	out, _, err := k.run(stdin, args...)
	if err != nil {
		k.t.Fatalf("kubectl %s: %v", strings.Join(args, " "), err)
	}
	return out
}

func (k *kubectl) forbidden(args ...string) {
	k.t.Helper()
	_, errOut, err := k.run("", args...)
	if err == nil || !strings.Contains(errOut, "Forbidden") {
		k.t.Fatalf("kubectl %s: want Forbidden, got err=%v", strings.Join(args, " "), err)
	}
}

func suffix() string {
	b := make([]byte, 3)
	_, _ = rand.Read(b)
	return fmt.Sprintf("%x", b)
}

func TestKubectlWithKubeloginAsAlice(t *testing.T) {
	k := kubeloginKubeconfig(t, "alice")
	if who := k.ok("", "auth", "whoami", "-o", "jsonpath={.status.userInfo.username}"); who != "oidc:alice" {
		t.Fatalf("whoami = %q, want oidc:alice", who)
	}
	if out := k.ok("", "get", "configmaps", "-n", "tenant-a"); !strings.Contains(out, "tenant-info") {
		t.Fatal("tenant-info configmap not listed in tenant-a")
	}
	k.forbidden("get", "configmaps", "-n", "tenant-b")
	k.forbidden("get", "clusters.api.scs.community", "-n", "tenant-b")
	k.forbidden("get", "namespaces")

	name := "it-" + suffix()
	k.ok(fmt.Sprintf(`apiVersion: api.scs.community/v1alpha1
kind: Cluster
metadata:
  name: %s
  namespace: tenant-a
spec:
  version: "1.33"
  workers: {replicas: 2}
  writeConnectionSecretToRef: {name: %s-conn}
`, name, name), "create", "-f", "-")
	t.Cleanup(func() {
		k.run("", "delete", "--ignore-not-found", "--wait=false", "-n", "tenant-a", "clusters.api.scs.community/"+name)
	})
	k.ok("", "wait", "--for=condition=Ready", "--timeout=90s", "-n", "tenant-a", "clusters.api.scs.community/"+name)
	if p := k.ok("", "get", "-n", "tenant-a", "clusters.api.scs.community/"+name, "-o", "jsonpath={.status.phase}"); p != "Provisioned" {
		t.Fatalf("phase %q, want Provisioned", p)
	}
	k.ok("", "get", "secret", "-n", "tenant-a", name+"-conn")
	// Deletion goes through the finalizer and the Deleting phase.
	k.ok("", "delete", "--wait=false", "-n", "tenant-a", "clusters.api.scs.community/"+name)
	if p := k.ok("", "get", "-n", "tenant-a", "clusters.api.scs.community/"+name, "-o", "jsonpath={.status.phase}"); p != "Deleting" && p != "Provisioned" {
		t.Fatalf("phase while deleting %q, want Deleting", p)
	}
	k.ok("", "wait", "--for=delete", "--timeout=60s", "-n", "tenant-a", "clusters.api.scs.community/"+name)
	if _, errOut, _ := k.run("", "get", "secret", "-n", "tenant-a", name+"-conn"); !strings.Contains(errOut, "NotFound") {
		t.Fatal("connection secret not removed with the claim")
	}
	if out := k.ok("", "get", "events", "-n", "tenant-a", "--field-selector", "involvedObject.name="+name); !strings.Contains(out, "Provisioned") || !strings.Contains(out, "Deleting") {
		t.Fatal("events for Provisioned and Deleting missing")
	}
}

func TestCAPIClusterGetsWorkloadKubeconfig(t *testing.T) {
	k := kubeloginKubeconfig(t, "alice")
	name := "it-capi-" + suffix()
	// Written for the Cluster API version the stack serves (SCS_CAPI_VERSION).
	apiVersion, class, ready := "v1beta1", "class: openstack-scs-1-33-v1", "Ready"
	status := "{.status.phase}/{.status.controlPlaneReady}/{.status.infrastructureReady}"
	if capiVersion() == "v1beta2" {
		apiVersion, class, ready = "v1beta2", "classRef: {name: openstack-scs-1-33-v1}", "Available"
		status = "{.status.phase}/{.status.initialization.controlPlaneInitialized}/{.status.initialization.infrastructureProvisioned}"
	}
	k.ok(fmt.Sprintf(`apiVersion: cluster.x-k8s.io/%s
kind: Cluster
metadata:
  name: %s
  namespace: tenant-a
spec:
  topology:
    %s
    version: v1.33.5
    controlPlane: {replicas: 1}
    workers:
      machineDeployments:
      - {class: default-worker, name: md-0, replicas: 2}
    variables:
    - {name: external_id, value: ebfe5546-f09f-4f42-ab54-094e457d42ec}
`, apiVersion, name, class), "create", "-f", "-")
	defer k.run("", "delete", "--wait=false", "-n", "tenant-a", "clusters.cluster.x-k8s.io/"+name)
	k.ok("", "wait", "--for=condition="+ready, "--timeout=90s", "-n", "tenant-a", "clusters.cluster.x-k8s.io/"+name)
	if p := k.ok("", "get", "-n", "tenant-a", "clusters.cluster.x-k8s.io/"+name, "-o", "jsonpath="+status); p != "Provisioned/true/true" {
		t.Fatalf("status %q", p)
	}
	if r := k.ok("", "get", "-n", "tenant-a", "machinedeployments.cluster.x-k8s.io/"+name+"-md-0", "-o", "jsonpath={.status.readyReplicas}"); r != "2" {
		t.Fatalf("machine deployment ready replicas %q, want 2", r)
	}
	b64 := k.ok("", "get", "secret", "-n", "tenant-a", name+"-kubeconfig", "-o", "jsonpath={.data.value}")
	kc, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		t.Fatal(err)
	}
	wpath := filepath.Join(t.TempDir(), "workload.kubeconfig")
	if err := os.WriteFile(wpath, kc, 0o600); err != nil {
		t.Fatal(err)
	}
	w := &kubectl{t: t, kubeconfig: wpath}
	if out := w.ok("", "get", "configmap", "-n", "default", "scs-workload-info"); !strings.Contains(out, "scs-workload-info") {
		t.Fatal("workload cluster not reachable with the kubeconfig secret")
	}
	if !strings.Contains(string(kc), need(t, "SCS_WORKLOAD_API_URL")) {
		t.Fatal("kubeconfig secret does not point at the workload API server")
	}
	// The workload API server trusts the same Keycloak.
	aw := kubeloginKubeconfig(t, "alice")
	data, _ := os.ReadFile(aw.kubeconfig)
	_ = os.WriteFile(aw.kubeconfig, bytes.Replace(data, []byte(need(t, "SCS_API_URL")), []byte(need(t, "SCS_WORKLOAD_API_URL")), 1), 0o600)
	aw.ok("", "get", "namespaces")
}

// --- tokens the API server must refuse -------------------------------------------------------

func b64url(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

func signJWT(t *testing.T, key *rsa.PrivateKey, claims map[string]any) string {
	t.Helper()
	h, _ := json.Marshal(map[string]any{"alg": "RS256", "typ": "JWT", "kid": "not-keycloak"})
	c, _ := json.Marshal(claims)
	input := b64url(h) + "." + b64url(c)
	sum := sha256.Sum256([]byte(input))
	sig, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, sum[:])
	if err != nil {
		t.Fatal(err)
	}
	return input + "." + b64url(sig)
}

func TestRefusedTokens(t *testing.T) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now().Unix()
	claims := func(iss string, exp int64) map[string]any {
		return map[string]any{"iss": iss, "aud": need(t, "SCS_OIDC_CLIENT_ID"), "sub": "x", "preferred_username": "mallory",
			"groups": []string{"platform-operators"}, "iat": now - 60, "exp": exp}
	}
	issuer := need(t, "SCS_OIDC_ISSUER")
	cases := map[string]string{
		"no token":                      "",
		"garbage":                       "not-a-jwt",
		"other issuer":                  signJWT(t, key, claims("https://127.0.0.1:1/realms/other", now+300)),
		"right issuer, foreign key":     signJWT(t, key, claims(issuer, now+300)),
		"right issuer, expired, forged": signJWT(t, key, claims(issuer, now-60)),
	}
	for name, tok := range cases {
		if code, body := apiStatus(t, http.MethodGet, "/api/v1/namespaces/tenant-a/configmaps", tok, nil); code != http.StatusUnauthorized {
			t.Errorf("%s: status %d, want 401: %s", name, code, body)
		}
	}
	// A real token is accepted (so the 401s above are not from a broken authenticator).
	if code, body := selfReview(t, passwordToken(t, need(t, "SCS_OIDC_CLIENT_ID"), "alice")); code != http.StatusCreated ||
		!strings.Contains(string(body), `"oidc:alice"`) {
		t.Fatalf("real token: %d %s", code, body)
	}
}

// TestExpiredKeycloakToken gets a genuine Keycloak ID token with a lifespan of a few seconds
// (from a temporary client whose tokens carry the scs-console audience), shows it is accepted,
// waits for it to expire and shows it is then refused with 401.
func TestExpiredKeycloakToken(t *testing.T) {
	c := httpClient(t)
	kc := need(t, "SCS_KEYCLOAK_URL")
	pw, err := os.ReadFile(need(t, "SCS_KEYCLOAK_ADMIN_PASSWORD_FILE"))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := c.PostForm(kc+"/realms/master/protocol/openid-connect/token", url.Values{
		"grant_type": {"password"}, "client_id": {"admin-cli"},
		"username": {need(t, "SCS_KEYCLOAK_ADMIN_USER")}, "password": {strings.TrimSpace(string(pw))}})
	if err != nil {
		t.Fatal(err)
	}
	var adm struct {
		AccessToken string `json:"access_token"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&adm)
	resp.Body.Close()
	if adm.AccessToken == "" {
		t.Fatalf("Keycloak admin login: %s", resp.Status)
	}
	admin := func(method, path string, body any) *http.Response {
		b, _ := json.Marshal(body)
		req, _ := http.NewRequest(method, kc+"/admin/realms/scs"+path, bytes.NewReader(b))
		req.Header.Set("Authorization", "Bearer "+adm.AccessToken)
		req.Header.Set("Content-Type", "application/json")
		r, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		return r
	}
	clientID := "it-short-lived-" + suffix()
	const lifespan = 5
	r := admin(http.MethodPost, "/clients", map[string]any{
		"clientId": clientID, "publicClient": true, "directAccessGrantsEnabled": true,
		"standardFlowEnabled": false,
		"attributes":          map[string]string{"access.token.lifespan": fmt.Sprint(lifespan)},
		"protocolMappers": []map[string]any{{
			"name": "scs-console audience", "protocol": "openid-connect", "protocolMapper": "oidc-audience-mapper",
			"config": map[string]string{"included.client.audience": need(t, "SCS_OIDC_CLIENT_ID"),
				"id.token.claim": "true", "access.token.claim": "true"},
		}},
	})
	if r.StatusCode != http.StatusCreated {
		t.Fatalf("creating client %s: %s", clientID, r.Status)
	}
	t.Cleanup(func() {
		if loc := r.Header.Get("Location"); loc != "" {
			admin(http.MethodDelete, loc[strings.Index(loc, "/clients/"):], nil)
		}
	})
	tok := passwordToken(t, clientID, "alice")
	parts := strings.Split(tok, ".")
	payload, _ := base64.RawURLEncoding.DecodeString(parts[1])
	var claims struct {
		Exp int64 `json:"exp"`
		Iat int64 `json:"iat"`
	}
	_ = json.Unmarshal(payload, &claims)
	if claims.Exp-claims.Iat > lifespan+1 {
		t.Fatalf("token lifespan %ds, want %ds", claims.Exp-claims.Iat, lifespan)
	}
	if code, body := selfReview(t, tok); code != http.StatusCreated {
		t.Fatalf("fresh short-lived token refused: %d %s", code, body)
	}
	// kube-apiserver caches a successful token authentication for 10 s, whatever the token's
	// exp; so wait for the later of exp and the cache entry's end.
	until := time.Unix(claims.Exp, 0)
	if cached := time.Now().Add(10 * time.Second); cached.After(until) {
		until = cached
	}
	time.Sleep(time.Until(until) + 2*time.Second)
	if code, body := selfReview(t, tok); code != http.StatusUnauthorized {
		t.Fatalf("expired token: status %d, want 401: %s", code, body)
	}
}

// --- RBAC of the other demo users ------------------------------------------------------------

func TestRBACBobAndCarol(t *testing.T) {
	clientID := need(t, "SCS_OIDC_CLIENT_ID")
	bob := passwordToken(t, clientID, "bob")
	carol := passwordToken(t, clientID, "carol")
	cm := map[string]any{"apiVersion": "v1", "kind": "ConfigMap",
		"metadata": map[string]any{"generateName": "it-rbac-"}, "data": map[string]string{"k": "v"}}
	checks := []struct {
		who, token, method, path string
		body                     any
		want                     int
	}{
		{"bob", bob, "GET", "/api/v1/namespaces/tenant-a/configmaps", nil, 200},
		{"bob", bob, "GET", "/apis/api.scs.community/v1alpha1/namespaces/tenant-a/clusters", nil, 200},
		{"bob", bob, "POST", "/api/v1/namespaces/tenant-a/configmaps", cm, 403},
		{"bob", bob, "GET", "/api/v1/namespaces/tenant-a/secrets", nil, 403},
		{"bob", bob, "POST", "/api/v1/namespaces/tenant-b/configmaps?dryRun=All", cm, 201},
		{"bob", bob, "GET", "/api/v1/namespaces/tenant-b/secrets", nil, 200},
		{"bob", bob, "GET", "/api/v1/namespaces", nil, 403},
		{"carol", carol, "GET", "/api/v1/namespaces?labelSelector=scs.community%2Ftenant", nil, 200},
		{"carol", carol, "GET", "/apis/api.scs.community/v1alpha1/clusters", nil, 200},
		{"carol", carol, "GET", "/apis/cluster.x-k8s.io/" + capiVersion() + "/namespaces/tenant-b/clusters", nil, 200},
		{"carol", carol, "POST", "/api/v1/namespaces/tenant-a/configmaps", cm, 403},
	}
	for _, c := range checks {
		if code, body := apiStatus(t, c.method, c.path, c.token, c.body); code != c.want {
			t.Errorf("%s %s %s: %d, want %d: %.200s", c.who, c.method, c.path, code, c.want, body)
		}
	}
	_, body := apiStatus(t, "GET", "/api/v1/namespaces?labelSelector=scs.community%2Ftenant", carol, nil)
	if !strings.Contains(string(body), `"tenant-a"`) || !strings.Contains(string(body), `"tenant-b"`) {
		t.Error("carol does not see both tenant namespaces")
	}
}
