<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiPath</name>
    <message>
        <source>&quot;%1&quot; is not a valid namespace or tenant name: use at most 63 lower-case letters, digits and &quot;-&quot;, starting and ending with a letter or digit.</source>
        <translation>„%1“ ist kein gültiger Namensraum- oder Mandantenname: höchstens 63 Kleinbuchstaben, Ziffern und „-“, am Anfang und Ende ein Buchstabe oder eine Ziffer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid object name: it may not be empty, &quot;.&quot; or &quot;..&quot;, nor contain &quot;/&quot; or &quot;%&quot;.</source>
        <translation>„%1“ ist kein gültiger Objektname: Er darf nicht leer, „.“ oder „..“ sein und weder „/“ noch „%“ enthalten.</translation>
    </message>
    <message>
        <source>The request path &quot;%1&quot; is not valid.</source>
        <translation>Der Anfragepfad „%1“ ist ungültig.</translation>
    </message>
</context>
<context>
    <name>Autoscaling</name>
    <message>
        <source>Autoscaling: the %1 is missing (%2)</source>
        <translation>Autoskalierung: Das %1 fehlt (%2)</translation>
    </message>
    <message>
        <source>Autoscaling: the %1 must be a whole number in quotes (annotations are strings)</source>
        <translation>Autoskalierung: Das %1 muss eine ganze Zahl in Anführungszeichen sein (Annotationen sind Zeichenketten)</translation>
    </message>
    <message>
        <source>Autoscaling: the %1 must be a whole number of at least 0</source>
        <translation>Autoskalierung: Das %1 muss eine ganze Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Autoscaling: the maximum (%1) must not be below the minimum (%2)</source>
        <translation>Autoskalierung: Das Maximum (%1) darf nicht unter dem Minimum (%2) liegen</translation>
    </message>
    <message>
        <source>must be left out while the pool is autoscaled (the autoscaler sets it)</source>
        <translation>muss entfallen, solange der Pool automatisch skaliert wird (der Autoscaler setzt den Wert)</translation>
    </message>
    <message>
        <source>autoscaled %1–%2</source>
        <translation>automatisch skaliert %1–%2</translation>
    </message>
</context>
<context>
    <name>BatchApplier</name>
    <message>
        <source>Document %1 (line %2): %3</source>
        <translation>Dokument %1 (Zeile %2): %3</translation>
    </message>
    <message>
        <source>not an object (a map with apiVersion and kind).</source>
        <translation>kein Objekt (eine Map mit apiVersion und kind).</translation>
    </message>
    <message>
        <source>apiVersion and kind are required.</source>
        <translation>apiVersion und kind sind erforderlich.</translation>
    </message>
    <message>
        <source>metadata.name is required.</source>
        <translation>metadata.name ist erforderlich.</translation>
    </message>
    <message>
        <source>the Central API does not serve kind %1 of %2.</source>
        <translation>die Central API stellt die Ressourcenart %1 aus %2 nicht bereit.</translation>
    </message>
    <message>
        <source>%1 is namespaced: set metadata.namespace.</source>
        <translation>%1 ist an einen Namespace gebunden: Setzen Sie metadata.namespace.</translation>
    </message>
    <message>
        <source>%1 is cluster-scoped: remove metadata.namespace.</source>
        <translation>%1 ist clusterweit: Entfernen Sie metadata.namespace.</translation>
    </message>
    <message>
        <source>not connected to the Central API.</source>
        <translation>nicht mit der Central API verbunden.</translation>
    </message>
</context>
<context>
    <name>ClientCertificate</name>
    <message>
        <source>The client certificate of %1 is not a PEM certificate.</source>
        <translation>Das Client-Zertifikat von %1 ist kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The private key of %1 is encrypted; kubectl and the console can only use an unencrypted key.</source>
        <translation>Der private Schlüssel von %1 ist verschlüsselt; kubectl und die Konsole können nur einen unverschlüsselten Schlüssel verwenden.</translation>
    </message>
    <message>
        <source>The client key of %1 is not a PEM private key.</source>
        <translation>Der Client-Schlüssel von %1 ist kein privater PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>The client key of %1 does not belong to its client certificate.</source>
        <translation>Der Client-Schlüssel von %1 gehört nicht zu seinem Client-Zertifikat.</translation>
    </message>
    <message>
        <source>The client key of %1 is of a kind the console cannot use.</source>
        <translation>Der Client-Schlüssel von %1 ist von einer Art, die die Konsole nicht verwenden kann.</translation>
    </message>
</context>
<context>
    <name>ClusterConnector</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Its API server at %1 does not accept your sign-in.</source>
        <translation>Sein API-Server unter %1 akzeptiert Ihre Anmeldung nicht.</translation>
    </message>
    <message>
        <source>Secret %1-kubeconfig</source>
        <translation>Secret %1-kubeconfig</translation>
    </message>
    <message>
        <source>%1 (%2, admin)</source>
        <translation>%1 (%2, Admin)</translation>
    </message>
</context>
<context>
    <name>ClusterKubeconfig</name>
    <message>
        <source>The admin kubeconfig in %1 has no context.</source>
        <translation>Die Admin-Kubeconfig in %1 enthält keinen Kontext.</translation>
    </message>
    <message>
        <source>The admin kubeconfig in %1 names a cluster or user it does not define.</source>
        <translation>Die Admin-Kubeconfig in %1 nennt einen Cluster oder Benutzer, den sie nicht definiert.</translation>
    </message>
    <message>
        <source>Secret %1-kubeconfig</source>
        <translation>Secret %1-kubeconfig</translation>
    </message>
    <message>
        <source>The path of the console program must be absolute.</source>
        <translation>Der Pfad des Konsolenprogramms muss absolut sein.</translation>
    </message>
    <message>
        <source>The cluster %1 has no API endpoint yet.</source>
        <translation>Der Cluster %1 hat noch keinen API-Endpunkt.</translation>
    </message>
    <message>
        <source>The cluster has no API endpoint yet.</source>
        <translation>Der Cluster hat noch keinen API-Endpunkt.</translation>
    </message>
    <message>
        <source>The cluster trusts the sign-in server for the client &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Der Cluster vertraut dem Anmeldeserver für den Client „%1“, nicht „%2“.</translation>
    </message>
    <message>
        <source>The cluster trusts another sign-in server (%1).</source>
        <translation>Der Cluster vertraut einem anderen Anmeldeserver (%1).</translation>
    </message>
    <message>
        <source>The cluster does not trust the Central API&apos;s sign-in server (no OIDC setting in its variables).</source>
        <translation>Der Cluster vertraut dem Anmeldeserver der Central API nicht (keine OIDC-Einstellung in seinen Variablen).</translation>
    </message>
    <message>
        <source>The cluster %1 is not ready yet; its kubeconfig can be exported once it is.</source>
        <translation>Der Cluster %1 ist noch nicht bereit; seine Kubeconfig kann exportiert werden, sobald er es ist.</translation>
    </message>
    <message>
        <source>You may not read its admin kubeconfig (Secret %1).</source>
        <translation>Sie dürfen seine Admin-Kubeconfig nicht lesen (Secret %1).</translation>
    </message>
    <message>
        <source>Its admin kubeconfig (Secret %1) cannot be read: %2</source>
        <translation>Seine Admin-Kubeconfig (Secret %1) kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Secret %1</source>
        <translation>Secret %1</translation>
    </message>
    <message>
        <source>Secret %1-ca</source>
        <translation>Secret %1-ca</translation>
    </message>
</context>
<context>
    <name>ClusterStatus</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>ClustersModel</name>
    <message>
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1d</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Upgrade available: %1</source>
        <translation>Upgrade verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Open the connection profile &lt;name&gt;.</source>
        <translation>Das Verbindungsprofil &lt;Name&gt; öffnen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example de or en) instead of the system&apos;s.</source>
        <translation>Die Sprache &lt;Kürzel&gt; (zum Beispiel de oder en) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Run a command instead of opening the window.</source>
        <translation>Einen Befehl ausführen, statt das Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile braucht einen Profilnamen.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Known commands: %2.</source>
        <translation>Unbekannter Befehl „%1“. Bekannte Befehle: %2.</translation>
    </message>
    <message>
        <source>SCS Console: a desktop console for the Sovereign Cloud Stack Central API.</source>
        <translation>SCS Console: eine Desktop-Konsole für die Central API des Sovereign Cloud Stack.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Manage connection profiles (see &quot;profile --help&quot;).</source>
        <translation>Verbindungsprofile verwalten (siehe „profile --help“).</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 wrong usage.</source>
        <translation>Rückgabewerte: 0 Erfolg, 1 Fehler, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>Write a kubeconfig for kubectl (see &quot;export-kubeconfig --help&quot;).</source>
        <translation>Eine kubeconfig für kubectl schreiben (siehe „export-kubeconfig --help“).</translation>
    </message>
    <message>
        <source>Print an ExecCredential for kubectl (the exported kubeconfig runs it).</source>
        <translation>Ein ExecCredential für kubectl ausgeben (die exportierte kubeconfig ruft es auf).</translation>
    </message>
    <message>
        <source>Order a Kubernetes cluster (exit codes 3-5: see &quot;order-cluster --help&quot;).</source>
        <translation>Einen Kubernetes-Cluster bestellen (Rückgabewerte 3–5: siehe „order-cluster --help“).</translation>
    </message>
    <message>
        <source>Run the embedded sign-in page without Chromium&apos;s sandbox. Needed to sign in inside the console as the root user; weakens the page&apos;s isolation.</source>
        <translation>Die eingebettete Anmeldeseite ohne die Sandbox von Chromium ausführen. Nötig, um sich als Benutzer root in der Konsole anzumelden; schwächt die Abschottung der Seite.</translation>
    </message>
    <message>
        <source>Set up a new tenant (see &quot;create-tenant --help&quot;).</source>
        <translation>Einen neuen Mandanten einrichten (siehe „create-tenant --help“).</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter a URL, for example https://api.example.com:6443.</source>
        <translation>Geben Sie eine URL ein, zum Beispiel https://api.example.com:6443.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>Dies ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>The URL must start with https:// (the console sends credentials to it).</source>
        <translation>Die URL muss mit https:// beginnen (die Konsole sendet Anmeldedaten dorthin).</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>Die URL enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The URL must not contain a query (?) or fragment (#).</source>
        <translation>Die URL darf keine Abfrage (?) und kein Fragment (#) enthalten.</translation>
    </message>
    <message>
        <source>The URL must not contain a user name or password.</source>
        <translation>Die URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>Dies ist keine Datei.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file contains no PEM certificate.</source>
        <translation>Die Datei enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Enter a name for this profile.</source>
        <translation>Geben Sie einen Namen für dieses Profil ein.</translation>
    </message>
    <message>
        <source>The name must not start or end with a blank.</source>
        <translation>Der Name darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>Use letters, digits, blanks, dots, dashes and underscores only.</source>
        <translation>Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen, Punkte, Bindestriche und Unterstriche.</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>Ein anderes Profil hat bereits diesen Namen.</translation>
    </message>
    <message>
        <source>Enter the OIDC client ID, for example scs-console.</source>
        <translation>Geben Sie die OIDC-Client-ID ein, zum Beispiel scs-console.</translation>
    </message>
    <message>
        <source>The client ID must not contain blanks or quotes.</source>
        <translation>Die Client-ID darf keine Leerzeichen oder Anführungszeichen enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid scope: no blanks or quotes.</source>
        <translation>„%1“ ist kein gültiger Scope: keine Leerzeichen oder Anführungszeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a namespace name (lower-case letters, digits and dashes).</source>
        <translation>„%1“ ist kein Namespace-Name (Kleinbuchstaben, Ziffern und Bindestriche).</translation>
    </message>
    <message>
        <source>&quot;-&quot; is how kube-apiserver&apos;s flag says &quot;no prefix&quot;: leave the field empty instead.</source>
        <translation>„-“ ist die Schreibweise von kube-apiservers Option für „kein Präfix“: lassen Sie das Feld stattdessen leer.</translation>
    </message>
    <message>
        <source>A prefix has no blanks and only printable ASCII characters, for example oidc:.</source>
        <translation>Ein Präfix enthält keine Leerzeichen und nur druckbare ASCII-Zeichen, zum Beispiel oidc:.</translation>
    </message>
    <message>
        <source>Names starting with system: are reserved for Kubernetes&apos; own identities.</source>
        <translation>Namen, die mit system: beginnen, sind Kubernetes’ eigenen Identitäten vorbehalten.</translation>
    </message>
</context>
<context>
    <name>CreateTenantVerb</name>
    <message>
        <source>Usage: scs-console create-tenant --profile &lt;name&gt; --name &lt;tenant&gt; --admin-group &lt;group&gt; [options]
Sets up a new tenant for platform operators: the namespace (labelled scs.community/tenant, with the display name as annotation scs.community/display-name, the console&apos;s own convention), a RoleBinding that makes the Keycloak group its administrators, and optionally a ResourceQuota and a LimitRange. No OpenStack ProviderConfig is created. Uses the profile&apos;s keychain session; never opens a window.

Options:
  --profile &lt;name&gt;              the connection profile (signed in before)
  --name &lt;tenant&gt;               the namespace, a DNS label
  --admin-group &lt;group&gt;         the Keycloak group of the tenant&apos;s administrators
  --display-name &lt;text&gt;         the name the console shows
  --role &lt;clusterrole&gt;          the ClusterRole the group gets (default admin)
  --groups-prefix &lt;prefix&gt;      the API server&apos;s group prefix (default oidc:)
  --quota &lt;r=q,...&gt;             a ResourceQuota, e.g. count/clusters.cluster.x-k8s.io=3,requests.cpu=32
  --default-request &lt;r=q,...&gt;   a LimitRange&apos;s default container requests
  --default-limit &lt;r=q,...&gt;     a LimitRange&apos;s default container limits
  --dry-run                     print the objects as YAML; send nothing

Exit codes:
  0  created (with --dry-run: printed)
  1  the server refused; a namespace this run created is deleted again
  2  wrong usage
  3  the tenant is not valid; nothing was sent
  5  not signed in to the profile
</source>
        <translation>Aufruf: scs-console create-tenant --profile &lt;Name&gt; --name &lt;Mandant&gt; --admin-group &lt;Gruppe&gt; [Optionen]
Richtet für Plattform-Betreiber einen neuen Mandanten ein: den Namespace (mit dem Label scs.community/tenant und dem Anzeigenamen als Annotation scs.community/display-name, eine eigene Konvention der Konsole), ein RoleBinding, das die Keycloak-Gruppe zu seinen Administratoren macht, und wahlweise eine ResourceQuota und eine LimitRange. Eine OpenStack-ProviderConfig wird nicht angelegt. Verwendet die Schlüsselbund-Sitzung des Profils; öffnet nie ein Fenster.

Optionen:
  --profile &lt;Name&gt;              das Verbindungsprofil (zuvor angemeldet)
  --name &lt;Mandant&gt;              der Namespace, ein DNS-Label
  --admin-group &lt;Gruppe&gt;        die Keycloak-Gruppe der Administratoren des Mandanten
  --display-name &lt;Text&gt;         der Name, den die Konsole anzeigt
  --role &lt;ClusterRole&gt;          die ClusterRole, die die Gruppe erhält (Standard admin)
  --groups-prefix &lt;Präfix&gt;      das Gruppen-Präfix des API-Servers (Standard oidc:)
  --quota &lt;r=m,...&gt;             eine ResourceQuota, z. B. count/clusters.cluster.x-k8s.io=3,requests.cpu=32
  --default-request &lt;r=m,...&gt;   Standard-Anforderungen einer LimitRange für Container
  --default-limit &lt;r=m,...&gt;     Standard-Limits einer LimitRange für Container
  --dry-run                     die Objekte als YAML ausgeben; nichts senden

Rückgabewerte:
  0  angelegt (mit --dry-run: ausgegeben)
  1  der Server hat abgelehnt; ein von diesem Aufruf angelegter Namespace wird wieder gelöscht
  2  falscher Aufruf
  3  der Mandant ist nicht gültig; nichts wurde gesendet
  5  nicht beim Profil angemeldet
</translation>
    </message>
    <message>
        <source>--profile, --name and --admin-group are required.</source>
        <translation>--profile, --name und --admin-group sind nötig.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>The Central API did not answer in time.</source>
        <translation>Die Central API hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 in %3</translation>
    </message>
    <message>
        <source>%1 is already gone.</source>
        <translation>%1 gibt es bereits nicht mehr.</translation>
    </message>
    <message>
        <source>%1 was not deleted: it was replaced by another object of the same name meanwhile (%2)</source>
        <translation>%1 wurde nicht gelöscht: Es wurde inzwischen durch ein anderes Objekt gleichen Namens ersetzt (%2)</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>Der Ordner für Entwürfe %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot save the draft: %1</source>
        <translation>Der Entwurf kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot remove the draft file %1.</source>
        <translation>Die Entwurfsdatei %1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>ExecCredential</name>
    <message>
        <source>KUBERNETES_EXEC_INFO is not an ExecCredential in JSON.</source>
        <translation>KUBERNETES_EXEC_INFO ist kein ExecCredential in JSON.</translation>
    </message>
    <message>
        <source>The program did not print an ExecCredential (its output is not a JSON object).</source>
        <translation>Das Programm hat kein ExecCredential ausgegeben (seine Ausgabe ist kein JSON-Objekt).</translation>
    </message>
    <message>
        <source>The program did not print an ExecCredential (its output is of kind &quot;%1&quot;).</source>
        <translation>Das Programm hat kein ExecCredential ausgegeben (seine Ausgabe ist von der Art „%1“).</translation>
    </message>
    <message>
        <source>The program answered in %1, but the kubeconfig asks for %2.</source>
        <translation>Das Programm hat in %1 geantwortet, die Kubeconfig verlangt aber %2.</translation>
    </message>
    <message>
        <source>The program&apos;s ExecCredential has no status.</source>
        <translation>Das ExecCredential des Programms hat keinen Status.</translation>
    </message>
    <message>
        <source>The program&apos;s ExecCredential has a client certificate without its key, or a key without its certificate.</source>
        <translation>Das ExecCredential des Programms enthält ein Client-Zertifikat ohne seinen Schlüssel oder einen Schlüssel ohne sein Zertifikat.</translation>
    </message>
    <message>
        <source>The program&apos;s ExecCredential holds neither a token nor a client certificate.</source>
        <translation>Das ExecCredential des Programms enthält weder ein Token noch ein Client-Zertifikat.</translation>
    </message>
    <message>
        <source>The program&apos;s ExecCredential has an expirationTimestamp that is not a time.</source>
        <translation>Das ExecCredential des Programms hat einen expirationTimestamp, der keine Zeitangabe ist.</translation>
    </message>
</context>
<context>
    <name>ExecEnd</name>
    <message>
        <source>Exited with %1</source>
        <translation>Beendet mit %1</translation>
    </message>
    <message>
        <source>The container has no shell: %1</source>
        <translation>Der Container hat keine Shell: %1</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>Session closed</source>
        <translation>Sitzung geschlossen</translation>
    </message>
</context>
<context>
    <name>ExecPlugin</name>
    <message>
        <source>The program &quot;%1&quot; that the kubeconfig user &quot;%2&quot; runs to sign in cannot be found.</source>
        <translation>Das Programm „%1“, mit dem sich der Kubeconfig-Benutzer „%2“ anmeldet, wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; that the kubeconfig user &quot;%2&quot; runs to sign in cannot be started: %3</source>
        <translation>Das Programm „%1“, mit dem sich der Kubeconfig-Benutzer „%2“ anmeldet, kann nicht gestartet werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>The program &quot;%1&quot; that the kubeconfig user &quot;%2&quot; runs to sign in did not answer within %n seconds and was stopped.</source>
        <translation>
            <numerusform>Das Programm „%1“, mit dem sich der Kubeconfig-Benutzer „%2“ anmeldet, hat nicht innerhalb von %n Sekunde geantwortet und wurde beendet.</numerusform>
            <numerusform>Das Programm „%1“, mit dem sich der Kubeconfig-Benutzer „%2“ anmeldet, hat nicht innerhalb von %n Sekunden geantwortet und wurde beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; that the kubeconfig user &quot;%2&quot; runs to sign in printed far more than an ExecCredential and was stopped.</source>
        <translation>Das Programm „%1“, mit dem sich der Kubeconfig-Benutzer „%2“ anmeldet, hat weit mehr als ein ExecCredential ausgegeben und wurde beendet.</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; that the kubeconfig user &quot;%2&quot; runs to sign in crashed.</source>
        <translation>Das Programm „%1“, mit dem sich der Kubeconfig-Benutzer „%2“ anmeldet, ist abgestürzt.</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; that the kubeconfig user &quot;%2&quot; runs to sign in failed (exit code %3).</source>
        <translation>Das Programm „%1“, mit dem sich der Kubeconfig-Benutzer „%2“ anmeldet, ist fehlgeschlagen (Exit-Code %3).</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Es meldete: %1</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; of the kubeconfig user &quot;%2&quot; did not sign in: %3</source>
        <translation>Das Programm „%1“ des Kubeconfig-Benutzers „%2“ hat nicht angemeldet: %3</translation>
    </message>
</context>
<context>
    <name>ExportKubeconfigVerb</name>
    <message>
        <source>Use either --output or --merge, not both.</source>
        <translation>Verwenden Sie entweder --output oder --merge, nicht beides.</translation>
    </message>
    <message>
        <source>--kubelogin-arg needs --kubelogin.</source>
        <translation>--kubelogin-arg setzt --kubelogin voraus.</translation>
    </message>
    <message>
        <source>Nothing was written. Run again with --force to replace them.</source>
        <translation>Es wurde nichts geschrieben. Mit --force werden die Einträge ersetzt.</translation>
    </message>
    <message>
        <source>Wrote %1 with the contexts %2.</source>
        <translation>%1 mit den Kontexten %2 geschrieben.</translation>
    </message>
    <message>
        <source>The previous file was saved as %1.</source>
        <translation>Die bisherige Datei wurde als %1 gesichert.</translation>
    </message>
    <message>
        <source>Replaced: %1.</source>
        <translation>Ersetzt: %1.</translation>
    </message>
    <message>
        <source>Usage: scs-console export-kubeconfig --profile &lt;name&gt; [--tenant NAMESPACE]...
           [--output FILE | --merge] [--kubelogin] [--kubelogin-arg ARG]...
           [--set-current] [--force]
Writes a kubeconfig with one context per tenant (&lt;tenant&gt;@&lt;profile&gt;, blanks and other characters a shell would split on turned into &apos;-&apos;). Without --output or --merge it is printed.
  --merge          merge into the default kubeconfig (the first file of KUBECONFIG, else ~/.kube/config)
  --kubelogin      sign in with kubelogin (kubectl oidc-login) instead of scs-console get-token
  --set-current    make the first tenant&apos;s context the current context
  --force          replace entries of the same name
</source>
        <translation>Aufruf: scs-console export-kubeconfig --profile &lt;name&gt; [--tenant NAMESPACE]...
           [--output DATEI | --merge] [--kubelogin] [--kubelogin-arg ARG]...
           [--set-current] [--force]
Schreibt eine kubeconfig mit einem Kontext je Tenant (&lt;tenant&gt;@&lt;profil&gt;; Leerzeichen und andere Zeichen, an denen eine Shell trennt, werden zu „-“). Ohne --output oder --merge wird sie ausgegeben.
  --merge          in die Standard-kubeconfig einfügen (die erste Datei aus KUBECONFIG, sonst ~/.kube/config)
  --kubelogin      mit kubelogin (kubectl oidc-login) statt scs-console get-token anmelden
  --set-current    den Kontext des ersten Tenants zum aktuellen Kontext machen
  --force          Einträge mit demselben Namen ersetzen
</translation>
    </message>
</context>
<context>
    <name>GetTokenVerb</name>
    <message>
        <source>Usage: scs-console get-token --profile &lt;name&gt;
A kubectl exec credential plugin: prints an ExecCredential with the ID token of the profile&apos;s session.
</source>
        <translation>Aufruf: scs-console get-token --profile &lt;name&gt;
Ein Exec-Credential-Plugin für kubectl: gibt ein ExecCredential mit dem ID-Token der Sitzung des Profils aus.
</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>You are not signed in to the profile &quot;%1&quot;, and kubectl runs this command without a person at the terminal, so no sign-in window opens. Sign in with &quot;scs-console --profile %2&quot; (or run kubectl in a terminal) and try again.</source>
        <translation>Sie sind beim Profil „%1“ nicht angemeldet, und kubectl führt diesen Befehl ohne eine Person am Terminal aus, daher öffnet sich kein Anmeldefenster. Melden Sie sich mit „scs-console --profile %2“ an (oder starten Sie kubectl in einem Terminal) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>HealthTreeModel</name>
    <message>
        <source>True</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
</context>
<context>
    <name>IdToken</name>
    <message>
        <source>The sign-in server sent an ID token that is not a JSON Web Token.</source>
        <translation>Der Anmeldeserver hat ein ID-Token gesendet, das kein JSON Web Token ist.</translation>
    </message>
    <message>
        <source>The sign-in server sent an ID token that cannot be read.</source>
        <translation>Der Anmeldeserver hat ein ID-Token gesendet, das nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>The ID token comes from another issuer (%1) than the profile names (%2).</source>
        <translation>Das ID-Token stammt von einem anderen Aussteller (%1) als dem im Profil genannten (%2).</translation>
    </message>
    <message>
        <source>The ID token is not meant for the client &quot;%1&quot;.</source>
        <translation>Das ID-Token ist nicht für den Client „%1“ bestimmt.</translation>
    </message>
    <message>
        <source>The ID token was issued to another client (%1).</source>
        <translation>Das ID-Token wurde für einen anderen Client ausgestellt (%1).</translation>
    </message>
    <message>
        <source>The ID token does not belong to this sign-in (nonce mismatch). Please sign in again.</source>
        <translation>Das ID-Token gehört nicht zu dieser Anmeldung (Nonce stimmt nicht). Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The ID token has no validity period.</source>
        <translation>Das ID-Token hat keinen Gültigkeitszeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock differs from the sign-in server&apos;s by about %n minute(s). Correct the date and time, then sign in again.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers weicht um etwa %n Minute von der des Anmeldeservers ab. Korrigieren Sie Datum und Uhrzeit und melden Sie sich dann erneut an.</numerusform>
            <numerusform>Die Uhr dieses Computers weicht um etwa %n Minuten von der des Anmeldeservers ab. Korrigieren Sie Datum und Uhrzeit und melden Sie sich dann erneut an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonListSplitter</name>
    <message>
        <source>The list is not a JSON object (byte %1).</source>
        <translation>Die Liste ist kein JSON-Objekt (Byte %1).</translation>
    </message>
    <message>
        <source>A key was expected in the list (byte %1).</source>
        <translation>In der Liste wurde ein Schlüssel erwartet (Byte %1).</translation>
    </message>
    <message>
        <source>A colon was expected in the list (byte %1).</source>
        <translation>In der Liste wurde ein Doppelpunkt erwartet (Byte %1).</translation>
    </message>
    <message>
        <source>A value was expected in the list (byte %1).</source>
        <translation>In der Liste wurde ein Wert erwartet (Byte %1).</translation>
    </message>
    <message>
        <source>A comma was expected in the list (byte %1).</source>
        <translation>In der Liste wurde ein Komma erwartet (Byte %1).</translation>
    </message>
    <message>
        <source>A bracket was expected in the list (byte %1).</source>
        <translation>In der Liste wurde eine Klammer erwartet (Byte %1).</translation>
    </message>
    <message>
        <source>The list goes on after its end (byte %1).</source>
        <translation>Die Liste geht nach ihrem Ende weiter (Byte %1).</translation>
    </message>
    <message>
        <source>The list ended early, after %1 bytes.</source>
        <translation>Die Liste endete vorzeitig, nach %1 Bytes.</translation>
    </message>
</context>
<context>
    <name>Kubeconfig</name>
    <message>
        <source>This is not valid YAML: %1</source>
        <translation>Dies ist kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>This is not a kubeconfig: the file is not a YAML map.</source>
        <translation>Dies ist keine Kubeconfig: Die Datei ist keine YAML-Map.</translation>
    </message>
    <message>
        <source>This is not a kubeconfig: its kind is &quot;%1&quot;, not &quot;Config&quot;.</source>
        <translation>Dies ist keine Kubeconfig: Ihr kind ist „%1“, nicht „Config“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>„%1“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>An entry of &quot;%1&quot; has no name.</source>
        <translation>Ein Eintrag in „%1“ hat keinen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of &quot;%2&quot; must be a map.</source>
        <translation>„%1“ von „%2“ muss eine Map sein.</translation>
    </message>
    <message>
        <source>The kubeconfig %1 cannot be read: %2</source>
        <translation>Die kubeconfig %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>KubeconfigConnection</name>
    <message>
        <source>The file %1 named by %2 cannot be read: %3</source>
        <translation>Die Datei %1, die %2 nennt, kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The file %1 named by %2 is too large.</source>
        <translation>Die Datei %1, die %2 nennt, ist zu groß.</translation>
    </message>
    <message>
        <source>%1 sets both %2 and %3; use one of them.</source>
        <translation>%1 setzt sowohl %2 als auch %3; verwenden Sie nur eines davon.</translation>
    </message>
    <message>
        <source>%1 of %2 is not valid base64.</source>
        <translation>%1 von %2 ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>the cluster &quot;%1&quot;</source>
        <translation>der Cluster „%1“</translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; has no server.</source>
        <translation>Der Cluster „%1“ hat keinen Server.</translation>
    </message>
    <message>
        <source>The server of the cluster &quot;%1&quot; is not an https URL.</source>
        <translation>Der Server des Clusters „%1“ ist keine https-URL.</translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; is reached over plain http. The console sends credentials only over https.</source>
        <translation>Der Cluster „%1“ wird über unverschlüsseltes http erreicht. Die Konsole sendet Anmeldedaten nur über https.</translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; turns off the check of the server&apos;s certificate (insecure-skip-tls-verify). The console always checks it: give the cluster its CA (certificate-authority-data) instead.</source>
        <translation>Der Cluster „%1“ schaltet die Prüfung des Serverzertifikats ab (insecure-skip-tls-verify). Die Konsole prüft es immer: Geben Sie dem Cluster stattdessen seine CA (certificate-authority-data).</translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; is reached through a proxy (proxy-url), which the console does not support.</source>
        <translation>Der Cluster „%1“ wird über einen Proxy (proxy-url) erreicht, was die Konsole nicht unterstützt.</translation>
    </message>
    <message>
        <source>The CA of the cluster &quot;%1&quot; holds no PEM certificate.</source>
        <translation>Die CA des Clusters „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; runs a credential plugin of API version &quot;%2&quot;; the console supports %3 and %4.</source>
        <translation>Der Benutzer „%1“ verwendet ein Anmelde-Plugin der API-Version „%2“; die Konsole unterstützt %3 und %4.</translation>
    </message>
    <message>
        <source>The credential plugin of the user &quot;%1&quot; names no command.</source>
        <translation>Das Anmelde-Plugin des Benutzers „%1“ nennt keinen Befehl.</translation>
    </message>
    <message>
        <source>The credential plugin of the user &quot;%1&quot; sets an environment variable without a valid name.</source>
        <translation>Das Anmelde-Plugin des Benutzers „%1“ setzt eine Umgebungsvariable ohne gültigen Namen.</translation>
    </message>
    <message>
        <source>The credential plugin of the user &quot;%1&quot; does not say its interactiveMode, which %2 requires.</source>
        <translation>Das Anmelde-Plugin des Benutzers „%1“ gibt keinen interactiveMode an, den %2 verlangt.</translation>
    </message>
    <message>
        <source>The credential plugin of the user &quot;%1&quot; always asks questions in a terminal (interactiveMode: Always), which the console does not have. Use kubectl in a terminal, or set interactiveMode: IfAvailable if the program can do without.</source>
        <translation>Das Anmelde-Plugin des Benutzers „%1“ stellt immer Fragen in einem Terminal (interactiveMode: Always), das die Konsole nicht hat. Verwenden Sie kubectl in einem Terminal, oder setzen Sie interactiveMode: IfAvailable, wenn das Programm ohne auskommt.</translation>
    </message>
    <message>
        <source>The credential plugin of the user &quot;%1&quot; has an unknown interactiveMode &quot;%2&quot;.</source>
        <translation>Das Anmelde-Plugin des Benutzers „%1“ hat einen unbekannten interactiveMode „%2“.</translation>
    </message>
    <message>
        <source>the user &quot;%1&quot;</source>
        <translation>der Benutzer „%1“</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; signs in through an auth-provider (%2). kubectl no longer supports these, and neither does the console: use an exec plugin such as kubelogin instead.</source>
        <translation>Der Benutzer „%1“ meldet sich über einen auth-provider (%2) an. kubectl unterstützt diese nicht mehr, die Konsole ebenso wenig: Verwenden Sie stattdessen ein exec-Plugin wie kubelogin.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; signs in with a username and password (basic authentication), which Kubernetes no longer offers and the console does not support.</source>
        <translation>Der Benutzer „%1“ meldet sich mit Benutzername und Passwort an (Basic Authentication), was Kubernetes nicht mehr anbietet und die Konsole nicht unterstützt.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; acts as someone else (%2: impersonation), which the console does not support.</source>
        <translation>Der Benutzer „%1“ handelt als jemand anderes (%2: Impersonation), was die Konsole nicht unterstützt.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has a client certificate without its key, or a key without its certificate.</source>
        <translation>Der Benutzer „%1“ hat ein Client-Zertifikat ohne seinen Schlüssel oder einen Schlüssel ohne sein Zertifikat.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has a credential plugin (exec) and also a token or a client certificate; kubectl would ignore the plugin. Keep only one of them.</source>
        <translation>Der Benutzer „%1“ hat ein Anmelde-Plugin (exec) und zugleich ein Token oder ein Client-Zertifikat; kubectl würde das Plugin übergehen. Behalten Sie nur eines davon.</translation>
    </message>
    <message>
        <source>The token file %1 of the user &quot;%2&quot; is empty.</source>
        <translation>Die Token-Datei %1 des Benutzers „%2“ ist leer.</translation>
    </message>
    <message>
        <source>The exec entry of the user &quot;%1&quot; is not a map.</source>
        <translation>Der exec-Eintrag des Benutzers „%1“ ist keine Map.</translation>
    </message>
    <message>
        <source>The kubeconfig %1 has no context &quot;%2&quot;.</source>
        <translation>Die Kubeconfig %1 hat keinen Kontext „%2“.</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; names no cluster.</source>
        <translation>Der Kontext „%1“ nennt keinen Cluster.</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; names the cluster &quot;%2&quot;, which %3 does not define.</source>
        <translation>Der Kontext „%1“ nennt den Cluster „%2“, den %3 nicht definiert.</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; names no user.</source>
        <translation>Der Kontext „%1“ nennt keinen Benutzer.</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; names the user &quot;%2&quot;, which %3 does not define.</source>
        <translation>Der Kontext „%1“ nennt den Benutzer „%2“, den %3 nicht definiert.</translation>
    </message>
    <message>
        <source>The kubeconfig %1 cannot be read: %2</source>
        <translation>Die Kubeconfig %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large for a kubeconfig.</source>
        <translation>Die Datei %1 ist zu groß für eine Kubeconfig.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Token from %1</source>
        <translation>Token aus %1</translation>
    </message>
    <message>
        <source>SCS Console sign-in (profile %1)</source>
        <translation>Anmeldung der SCS Console (Profil %1)</translation>
    </message>
    <message>
        <source>Program %1 (exec plugin)</source>
        <translation>Programm %1 (exec-Plugin)</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client certificate (%1)</source>
        <translation>Client-Zertifikat (%1)</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>Keine Anmeldedaten</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>KubeconfigImport</name>
    <message>
        <source>This is not valid YAML: %1</source>
        <translation>Dies ist kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>This is not a kubeconfig: the file is not a YAML map.</source>
        <translation>Dies ist keine Kubeconfig: Die Datei ist keine YAML-Map.</translation>
    </message>
    <message>
        <source>This is not a kubeconfig: its kind is &quot;%1&quot;, not &quot;Config&quot;.</source>
        <translation>Dies ist keine Kubeconfig: Ihr kind ist „%1“, nicht „Config“.</translation>
    </message>
    <message>
        <source>The kubeconfig has no contexts.</source>
        <translation>Die Kubeconfig enthält keine Kontexte.</translation>
    </message>
    <message>
        <source>The certificate-authority-data of cluster &quot;%1&quot; is not a base64-encoded PEM certificate.</source>
        <translation>Die certificate-authority-data des Clusters „%1“ ist kein base64-kodiertes PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>No context in this kubeconfig signs in through OIDC (kubelogin or the oidc auth-provider), so there is nothing to import.</source>
        <translation>Kein Kontext dieser Kubeconfig meldet sich über OIDC an (kubelogin oder der oidc-auth-provider), daher gibt es nichts zu importieren.</translation>
    </message>
    <message>
        <source>The kubeconfig cannot be read: %1</source>
        <translation>Die Kubeconfig kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The CA bundle cannot be written to %1: %2</source>
        <translation>Das CA-Bundle kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>KubeconfigTokenSource</name>
    <message>
        <source>The API server refused the token of the kubeconfig user &quot;%1&quot;. It may have expired or been revoked.</source>
        <translation>Der API-Server hat das Token des Kubeconfig-Benutzers „%1“ abgelehnt. Es ist vielleicht abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <source>The API server wants credentials, and the kubeconfig user &quot;%1&quot; has none.</source>
        <translation>Der API-Server verlangt Anmeldedaten, und der Kubeconfig-Benutzer „%1“ hat keine.</translation>
    </message>
    <message>
        <source>The API server refused the client certificate of the kubeconfig user &quot;%1&quot;. It may have expired or been revoked.</source>
        <translation>Der API-Server hat das Client-Zertifikat des Kubeconfig-Benutzers „%1“ abgelehnt. Es ist vielleicht abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <source>The token file %1 of the kubeconfig user &quot;%2&quot; cannot be read or is empty.</source>
        <translation>Die Token-Datei %1 des Kubeconfig-Benutzers „%2“ kann nicht gelesen werden oder ist leer.</translation>
    </message>
    <message>
        <source>the credential plugin of the kubeconfig user &quot;%1&quot;</source>
        <translation>das Anmelde-Plugin des Kubeconfig-Benutzers „%1“</translation>
    </message>
</context>
<context>
    <name>KubeconfigWriter</name>
    <message>
        <source>The CA bundle %1 of the profile cannot be read: %2</source>
        <translation>Das CA-Bündel %1 des Profils kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Name at least one tenant namespace to export (the profile &quot;%1&quot; names none).</source>
        <translation>Geben Sie mindestens einen Tenant-Namespace für den Export an (das Profil „%1“ nennt keinen).</translation>
    </message>
    <message>
        <source>The path of the console program must be absolute.</source>
        <translation>Der Pfad des Konsolenprogramms muss absolut sein.</translation>
    </message>
    <message>
        <source>The kubeconfig could not be generated.</source>
        <translation>Die kubeconfig konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>The kubeconfig could not be merged.</source>
        <translation>Die kubeconfig konnte nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The kubeconfig %1 cannot be read: %2</source>
        <translation>Die kubeconfig %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The kubeconfig already has entries of the same name: %1. Replace them?</source>
        <translation>Die kubeconfig enthält bereits Einträge mit demselben Namen: %1. Ersetzen?</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written: %2</source>
        <translation>Die Sicherungskopie %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The kubeconfig %1 cannot be written: %2</source>
        <translation>Die kubeconfig %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>This user signs in through the SCS Console (scs-console get-token). Install the SCS Console and sign in once.</source>
        <translation>Dieser Benutzer meldet sich über die SCS Console an (scs-console get-token). Installieren Sie die SCS Console und melden Sie sich einmal an.</translation>
    </message>
    <message>
        <source>This user signs in with kubelogin: install it as the kubectl plugin oidc-login (https://github.com/int128/kubelogin).</source>
        <translation>Dieser Benutzer meldet sich mit kubelogin an: Installieren Sie es als kubectl-Plugin oidc-login (https://github.com/int128/kubelogin).</translation>
    </message>
    <message>
        <source>Another program (kubectl?) is changing this kubeconfig: the lock file %1 exists. Try again in a moment; if no such program is running, delete the lock file.</source>
        <translation>Ein anderes Programm (kubectl?) ändert gerade diese Kubeconfig: Die Sperrdatei %1 existiert. Versuchen Sie es gleich noch einmal; läuft kein solches Programm, löschen Sie die Sperrdatei.</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>SCS Console has your sign-in. You can close this tab.</source>
        <translation>SCS Console hat Ihre Anmeldung erhalten. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The sign-in did not complete. Return to SCS Console for details.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen. Details finden Sie in SCS Console.</translation>
    </message>
    <message>
        <source>The console cannot listen for the browser&apos;s answer: %1</source>
        <translation>Die Konsole kann nicht auf die Antwort des Browsers warten: %1</translation>
    </message>
</context>
<context>
    <name>ObjectRef</name>
    <message>
        <source>The object has no apiVersion.</source>
        <translation>Das Objekt hat keine apiVersion.</translation>
    </message>
    <message>
        <source>The object has no kind.</source>
        <translation>Das Objekt hat kein kind.</translation>
    </message>
    <message>
        <source>metadata.generateName is not supported here; give the object a name.</source>
        <translation>metadata.generateName wird hier nicht unterstützt; geben Sie dem Objekt einen Namen.</translation>
    </message>
    <message>
        <source>The object has no metadata.name.</source>
        <translation>Das Objekt hat keinen metadata.name.</translation>
    </message>
    <message>
        <source>The Central API does not serve kind %1 of %2.</source>
        <translation>Die Central API stellt die Ressourcenart %1 aus %2 nicht bereit.</translation>
    </message>
</context>
<context>
    <name>OidcClient</name>
    <message>
        <source>The sign-in server at %1 does not answer. Is it running, and is the issuer URL right?</source>
        <translation>Der Anmeldeserver unter %1 antwortet nicht. Läuft er, und stimmt die Aussteller-URL?</translation>
    </message>
    <message>
        <source>The sign-in server at %1 did not answer in time.</source>
        <translation>Der Anmeldeserver unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s certificate at %1 is not trusted. Check the profile&apos;s CA bundle.</source>
        <translation>Dem Zertifikat des Anmeldeservers unter %1 wird nicht vertraut. Prüfen Sie das CA-Bundle des Profils.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 cannot be reached: %2</source>
        <translation>Der Anmeldeserver unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The realm &quot;%1&quot; does not exist on the sign-in server %2. Check the issuer URL.</source>
        <translation>Den Realm „%1“ gibt es auf dem Anmeldeserver %2 nicht. Prüfen Sie die Aussteller-URL.</translation>
    </message>
    <message>
        <source>There is no OpenID Connect provider at %1 (HTTP %2). Check the issuer URL.</source>
        <translation>Unter %1 gibt es keinen OpenID-Connect-Anbieter (HTTP %2). Prüfen Sie die Aussteller-URL.</translation>
    </message>
    <message>
        <source>The sign-in server calls itself %1, but the profile names %2. Correct the issuer URL in the profile.</source>
        <translation>Der Anmeldeserver nennt sich %1, das Profil nennt aber %2. Korrigieren Sie die Aussteller-URL im Profil.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s configuration lacks https endpoints for sign-in.</source>
        <translation>Der Konfiguration des Anmeldeservers fehlen https-Endpunkte für die Anmeldung.</translation>
    </message>
    <message>
        <source>The sign-in server does not support PKCE with S256, which the console requires.</source>
        <translation>Der Anmeldeserver unterstützt PKCE mit S256 nicht, das die Konsole benötigt.</translation>
    </message>
    <message>
        <source>Your session has ended (it expired, or you were signed out elsewhere). Please sign in again.</source>
        <translation>Ihre Sitzung ist beendet (abgelaufen, oder Sie wurden anderswo abgemeldet). Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in was not accepted (the code expired or was used). Please sign in again.</source>
        <translation>Die Anmeldung wurde nicht angenommen (der Code ist abgelaufen oder wurde schon verwendet). Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The client &quot;%1&quot; is not allowed to sign in at this issuer. Check the client ID in the profile.</source>
        <translation>Der Client „%1“ darf sich bei diesem Aussteller nicht anmelden. Prüfen Sie die Client-ID im Profil.</translation>
    </message>
    <message>
        <source>The sign-in server refused the request: %1</source>
        <translation>Der Anmeldeserver hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The sign-in server sent no ID token. Does the client request the openid scope?</source>
        <translation>Der Anmeldeserver hat kein ID-Token gesendet. Fordert der Client den Scope openid an?</translation>
    </message>
    <message>
        <source>The sign-in server at %1 answered with a redirect (HTTP %2). The console does not follow redirects from the sign-in server; check the issuer URL.</source>
        <translation>Der Anmeldeserver unter %1 antwortete mit einer Umleitung (HTTP %2). Die Konsole folgt keinen Umleitungen des Anmeldeservers; prüfen Sie die Aussteller-URL.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 closed the connection before it finished answering.</source>
        <translation>Der Anmeldeserver unter %1 hat die Verbindung geschlossen, bevor er fertig geantwortet hatte.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 could not handle the request (HTTP %2). Try again in a moment.</source>
        <translation>Der Anmeldeserver unter %1 konnte die Anfrage nicht bearbeiten (HTTP %2). Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Central API cluster</source>
        <translation>Central-API-Cluster</translation>
    </message>
    <message>
        <source>Cluster API cluster</source>
        <translation>Cluster-API-Cluster</translation>
    </message>
    <message>
        <source>This is not a cluster order: expected kind Cluster of %1 or %2, found %3 %4.</source>
        <translation>Dies ist keine Cluster-Bestellung: Erwartet wurde kind Cluster aus %1 oder %2, gefunden wurde %3 %4.</translation>
    </message>
    <message>
        <source>Clusters of the API group %1 cannot be ordered here (only %2 and %3).</source>
        <translation>Cluster der API-Gruppe %1 können hier nicht bestellt werden (nur %2 und %3).</translation>
    </message>
    <message>
        <source>The Central API does not describe its cluster order (no schema).</source>
        <translation>Die Central API beschreibt ihre Cluster-Bestellung nicht (kein Schema).</translation>
    </message>
    <message>
        <source>Kubernetes version</source>
        <translation>Kubernetes-Version</translation>
    </message>
    <message>
        <source>Control plane nodes</source>
        <translation>Control-Plane-Knoten</translation>
    </message>
    <message>
        <source>Worker nodes</source>
        <translation>Worker-Knoten</translation>
    </message>
    <message>
        <source>The ClusterClass has no name.</source>
        <translation>Die ClusterClass hat keinen Namen.</translation>
    </message>
    <message>
        <source>An odd number keeps etcd&apos;s quorum: 1, 3 or 5.</source>
        <translation>Eine ungerade Anzahl erhält das Quorum von etcd: 1, 3 oder 5.</translation>
    </message>
    <message>
        <source>Worker class</source>
        <translation>Worker-Klasse</translation>
    </message>
    <message>
        <source>Pool name</source>
        <translation>Pool-Name</translation>
    </message>
    <message>
        <source>Failure domain</source>
        <translation>Failure Domain</translation>
    </message>
    <message>
        <source>Availability zone of the pool&apos;s nodes (optional).</source>
        <translation>Verfügbarkeitszone der Knoten des Pools (optional).</translation>
    </message>
    <message>
        <source>The object is a %1, but a %2 is being ordered.</source>
        <translation>Das Objekt ist ein %1, bestellt wird aber ein %2.</translation>
    </message>
    <message>
        <source>The object uses the ClusterClass &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Das Objekt verwendet die ClusterClass „%1“, nicht „%2“.</translation>
    </message>
    <message>
        <source>must be %1 (this is a %2)</source>
        <translation>muss %1 sein (dies ist ein %2)</translation>
    </message>
    <message>
        <source>is already taken in %1</source>
        <translation>ist in %1 bereits vergeben</translation>
    </message>
    <message>
        <source>must be the tenant %1</source>
        <translation>muss der Mandant %1 sein</translation>
    </message>
    <message>
        <source>is not supported: give the cluster a name</source>
        <translation>wird nicht unterstützt: Geben Sie dem Cluster einen Namen</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is required: the cluster is built from the ClusterClass %1</source>
        <translation>ist erforderlich: Der Cluster wird aus der ClusterClass %1 gebaut</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>is used by another pool</source>
        <translation>wird von einem anderen Pool verwendet</translation>
    </message>
    <message>
        <source>is not a variable of the ClusterClass %1</source>
        <translation>ist keine Variable der ClusterClass %1</translation>
    </message>
    <message>
        <source>is set twice</source>
        <translation>ist doppelt gesetzt</translation>
    </message>
    <message>
        <source>The version %1 is not offered: %2</source>
        <translation>Die Version %1 wird nicht angeboten: %2</translation>
    </message>
    <message>
        <source>The cluster already runs %1.</source>
        <translation>Der Cluster läuft bereits mit %1.</translation>
    </message>
    <message>
        <source>%1 is older than %2: Kubernetes clusters cannot be downgraded.</source>
        <translation>%1 ist älter als %2: Für Kubernetes-Cluster ist kein Downgrade möglich.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>names no %1: fill it in (&quot;Use the console&apos;s sign-in&quot; does) or leave the OIDC settings out</source>
        <translation>nennt kein %1: ausfüllen (&quot;Anmeldung der Konsole verwenden&quot; tut das) oder die OIDC-Einstellungen weglassen</translation>
    </message>
</context>
<context>
    <name>OrderClusterVerb</name>
    <message>
        <source>--timeout needs a number of seconds above 0.</source>
        <translation>--timeout braucht eine Anzahl Sekunden größer als 0.</translation>
    </message>
    <message>
        <source>--profile, --tenant and --from are required.</source>
        <translation>--profile, --tenant und --from sind erforderlich.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>expected one Cluster object</source>
        <translation>genau ein Cluster-Objekt erwartet</translation>
    </message>
    <message>
        <source>must be the tenant %1</source>
        <translation>muss der Mandant %1 sein</translation>
    </message>
    <message>
        <source>The Central API did not answer in time.</source>
        <translation>Die Central API hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>no ClusterClass is offered in %1</source>
        <translation>in %1 wird keine ClusterClass angeboten</translation>
    </message>
    <message>
        <source>must be one of the ClusterClasses offered in %1: %2</source>
        <translation>muss eine der in %1 angebotenen ClusterClasses sein: %2</translation>
    </message>
    <message>
        <source>The Central API does not offer %1 in %2.</source>
        <translation>Die Central API bietet %1 in %2 nicht an.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not ready after %n second(s) (phase %2).</source>
        <translation>
            <numerusform>%1 ist nach %n Sekunde nicht bereit (Phase %2).</numerusform>
            <numerusform>%1 ist nach %n Sekunden nicht bereit (Phase %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>Usage: scs-console order-cluster --profile &lt;name&gt; --tenant &lt;tenant&gt; --from &lt;file&gt; [--wait] [--timeout &lt;seconds&gt;]
Orders a Kubernetes cluster from a YAML or JSON file holding one Cluster: either a Central API claim (clusters.api.scs.community) or a Cluster API cluster (clusters.cluster.x-k8s.io) with a ClusterClass topology. The file is checked with the console&apos;s rules (the ClusterClass&apos;s variables and versions, the claim&apos;s schema); then the server checks it in a dry run, and only then is it created. An order that would exceed a quota of the tenant that you may read is refused with the quota named, as the console&apos;s order wizard does. Uses the profile&apos;s keychain session; never opens a window.
A Cluster API worker pool is autoscaled by the annotations cluster.x-k8s.io/cluster-api-autoscaler-node-group-min-size and -max-size on its metadata (whole numbers in quotes, 0 &lt;= min &lt;= max); it then sets no replicas. An order template the console saved is such a file once metadata.name is added.

Options:
  --profile &lt;name&gt;     the connection profile (signed in before, in the console)
  --tenant &lt;tenant&gt;    the tenant namespace to order in
  --from &lt;file&gt;        the cluster, as YAML or JSON
  --wait               follow the cluster until it is ready, printing its phases
  --timeout &lt;seconds&gt;  how long --wait waits (default %1)

Exit codes:
  0  created (with --wait: ready)
  1  the server refused the order, or the cluster failed
  2  wrong usage (options, unreadable file)
  3  the order is not valid or a quota does not allow it; nothing was created (only discovery, the schema or ClusterClass, the existing names and the quotas were read)
  4  --wait: not ready within the timeout
  5  not signed in to the profile
</source>
        <translation>Aufruf: scs-console order-cluster --profile &lt;Name&gt; --tenant &lt;Mandant&gt; --from &lt;Datei&gt; [--wait] [--timeout &lt;Sekunden&gt;]
Bestellt einen Kubernetes-Cluster aus einer YAML- oder JSON-Datei mit genau einem Cluster: entweder einem Claim der Central API (clusters.api.scs.community) oder einem Cluster-API-Cluster (clusters.cluster.x-k8s.io) mit ClusterClass-Topologie. Die Datei wird nach den Regeln der Konsole geprüft (Variablen und Versionen der ClusterClass, Schema des Claims); dann prüft der Server sie in einem Probelauf (Dry-Run), und erst danach wird der Cluster angelegt. Eine Bestellung, die ein lesbares Kontingent des Mandanten überschreiten würde, wird wie im Bestellassistenten mit Nennung des Kontingents abgelehnt. Verwendet die Sitzung des Profils aus dem Schlüsselbund; öffnet nie ein Fenster.
Ein Worker-Pool eines Cluster-API-Clusters wird über die Annotationen cluster.x-k8s.io/cluster-api-autoscaler-node-group-min-size und -max-size in seinen Metadaten automatisch skaliert (ganze Zahlen in Anführungszeichen, 0 &lt;= min &lt;= max); er setzt dann keine replicas. Eine von der Konsole gespeicherte Bestellvorlage ist eine solche Datei, sobald metadata.name ergänzt ist.

Optionen:
  --profile &lt;Name&gt;     das Verbindungsprofil (zuvor in der Konsole angemeldet)
  --tenant &lt;Mandant&gt;   der Mandanten-Namespace, in dem bestellt wird
  --from &lt;Datei&gt;       der Cluster als YAML oder JSON
  --wait               den Cluster verfolgen, bis er bereit ist, und seine Phasen ausgeben
  --timeout &lt;Sekunden&gt; wie lange --wait wartet (Standard %1)

Rückgabewerte:
  0  angelegt (mit --wait: bereit)
  1  der Server hat die Bestellung abgelehnt, oder der Cluster ist fehlgeschlagen
  2  falscher Aufruf (Optionen, unlesbare Datei)
  3  die Bestellung ist ungültig oder ein Kontingent lässt sie nicht zu; nichts wurde angelegt (gelesen wurden nur die Discovery, das Schema oder die ClusterClass, die vorhandenen Namen und die Kontingente)
  4  --wait: nicht innerhalb der Zeitgrenze bereit
  5  nicht beim Profil angemeldet
</translation>
    </message>
    <message>
        <source>A quota of %1 does not allow this order; nothing was sent. Ask a platform operator to raise it, or remove a cluster first.</source>
        <translation>Ein Kontingent von %1 lässt diese Bestellung nicht zu; es wurde nichts gesendet. Bitten Sie einen Plattform-Betreiber, es zu erhöhen, oder entfernen Sie zuerst einen Cluster.</translation>
    </message>
</context>
<context>
    <name>OrderField</name>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>must be more than %1</source>
        <translation>muss größer als %1 sein</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be less than %1</source>
        <translation>muss kleiner als %1 sein</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message numerus="yes">
        <source>must have at least %n character(s)</source>
        <translation>
            <numerusform>muss mindestens %n Zeichen haben</numerusform>
            <numerusform>muss mindestens %n Zeichen haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must have at most %n character(s)</source>
        <translation>
            <numerusform>darf höchstens %n Zeichen haben</numerusform>
            <numerusform>darf höchstens %n Zeichen haben</numerusform>
        </translation>
    </message>
    <message>
        <source>must match the pattern %1</source>
        <translation>muss dem Muster %1 entsprechen</translation>
    </message>
    <message numerus="yes">
        <source>must have at least %n item(s)</source>
        <translation>
            <numerusform>muss mindestens %n Eintrag haben</numerusform>
            <numerusform>muss mindestens %n Einträge haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must have at most %n item(s)</source>
        <translation>
            <numerusform>darf höchstens %n Eintrag haben</numerusform>
            <numerusform>darf höchstens %n Einträge haben</numerusform>
        </translation>
    </message>
    <message>
        <source>must have at most 63 characters</source>
        <translation>darf höchstens 63 Zeichen haben</translation>
    </message>
    <message>
        <source>must consist of lowercase letters, digits and &apos;-&apos;, and start and end with a letter or digit</source>
        <translation>darf nur aus Kleinbuchstaben, Ziffern und „-“ bestehen und muss mit einem Buchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
    <message>
        <source>must be a UUID (like ebfe5546-f09f-4f42-ab54-094e457d42ec)</source>
        <translation>muss eine UUID sein (etwa ebfe5546-f09f-4f42-ab54-094e457d42ec)</translation>
    </message>
    <message>
        <source>must be a network in CIDR notation (like 10.8.0.0/20)</source>
        <translation>muss ein Netz in CIDR-Schreibweise sein (etwa 10.8.0.0/20)</translation>
    </message>
    <message>
        <source>must be an IPv6 address</source>
        <translation>muss eine IPv6-Adresse sein</translation>
    </message>
    <message>
        <source>must be an IPv4 address (like 10.0.0.1)</source>
        <translation>muss eine IPv4-Adresse sein (etwa 10.0.0.1)</translation>
    </message>
    <message>
        <source>must be an IP address</source>
        <translation>muss eine IP-Adresse sein</translation>
    </message>
    <message>
        <source>must be a host name (like api.example.com)</source>
        <translation>muss ein Hostname sein (etwa api.example.com)</translation>
    </message>
    <message>
        <source>must be a URL with a scheme (like https://example.com/path)</source>
        <translation>muss eine URL mit Schema sein (etwa https://example.com/path)</translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <source>Not connected to a Central API.</source>
        <translation>Nicht mit einer Central API verbunden.</translation>
    </message>
    <message>
        <source>The Central API&apos;s resources are not known yet.</source>
        <translation>Die Ressourcen der Central API sind noch nicht bekannt.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>The order names no tenant.</source>
        <translation>Die Bestellung nennt keinen Mandanten.</translation>
    </message>
    <message>
        <source>The cluster was changed meanwhile; look at it again and retry.</source>
        <translation>Der Cluster wurde inzwischen geändert; sehen Sie ihn sich erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>A pool cannot have fewer than 0 nodes.</source>
        <translation>Ein Pool kann nicht weniger als 0 Knoten haben.</translation>
    </message>
    <message>
        <source>The cluster %1 has no worker pool called &quot;%2&quot;.</source>
        <translation>Der Cluster %1 hat keinen Worker-Pool namens „%2“.</translation>
    </message>
    <message>
        <source>A Central API cluster&apos;s workers cannot be autoscaled.</source>
        <translation>Die Worker eines Central-API-Clusters können nicht automatisch skaliert werden.</translation>
    </message>
    <message>
        <source>The autoscaling minimum cannot be below 0.</source>
        <translation>Das Minimum der Autoskalierung kann nicht unter 0 liegen.</translation>
    </message>
    <message>
        <source>The autoscaling maximum cannot be below the minimum.</source>
        <translation>Das Maximum der Autoskalierung kann nicht unter dem Minimum liegen.</translation>
    </message>
</context>
<context>
    <name>OrderTemplate</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file does not hold an order: expected a Cluster object.</source>
        <translation>Die Datei enthält keine Bestellung: erwartet wird ein Cluster-Objekt.</translation>
    </message>
    <message>
        <source>The order has no spec.</source>
        <translation>Die Bestellung hat keine spec.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an order template.</source>
        <translation>%1 ist zu groß für eine Bestellvorlage.</translation>
    </message>
    <message>
        <source>%1 is not a valid order template: %2</source>
        <translation>%1 ist keine gültige Bestellvorlage: %2</translation>
    </message>
    <message>
        <source>This tenant does not offer what the template orders.</source>
        <translation>Dieser Mandant bietet nicht an, was die Vorlage bestellt.</translation>
    </message>
    <message>
        <source>This tenant does not offer the ClusterClass &quot;%1&quot; the template orders.</source>
        <translation>Dieser Mandant bietet die ClusterClass „%1“ nicht an, die die Vorlage bestellt.</translation>
    </message>
</context>
<context>
    <name>PalettePath</name>
    <message>
        <source>There is no kind called &quot;%1&quot;.</source>
        <translation>Es gibt keine Ressourcenart „%1“.</translation>
    </message>
    <message>
        <source>There is no tenant called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Mandanten „%1“.</translation>
    </message>
    <message>
        <source>There is no kind or tenant called &quot;%1&quot;.</source>
        <translation>Es gibt weder eine Ressourcenart noch einen Mandanten „%1“.</translation>
    </message>
    <message>
        <source>Open a tenant first, or type tenant/kind/name.</source>
        <translation>Öffnen Sie zuerst einen Mandanten oder geben Sie Mandant/Art/Name ein.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The connection profiles could not be read. A copy of the file was kept as %1.</source>
        <translation>Die Verbindungsprofile konnten nicht gelesen werden. Eine Kopie der Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>The connection profiles could not be saved to %1.</source>
        <translation>Die Verbindungsprofile konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>There is no profile called &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Some connection profiles were not loaded because they are not safe to use (fix them with &quot;scs-console profile set&quot; or in the profiles dialog; the file as it was is kept as %1): %2</source>
        <translation>Einige Verbindungsprofile wurden nicht geladen, weil ihre Verwendung nicht sicher ist (korrigieren Sie sie mit „scs-console profile set“ oder im Profildialog; die Datei in ihrem bisherigen Zustand wurde als %1 aufbewahrt): %2</translation>
    </message>
</context>
<context>
    <name>ProfileVerb</name>
    <message>
        <source>(system trust store)</source>
        <translation>(Zertifikatsspeicher des Systems)</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; not imported: </source>
        <translation>Profil „%1“ nicht importiert: </translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot; from contexts %2.</source>
        <translation>Profil „%1“ aus den Kontexten %2 importiert.</translation>
    </message>
    <message>
        <source>There is no profile called &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Usage: scs-console profile list
       scs-console profile show &lt;name&gt;
       scs-console profile set &lt;name&gt; [--api-url URL] [--issuer-url URL]
           [--client-id ID] [--scope SCOPE]... [--ca-file PEM] [--tenant NAMESPACE]...
           [--username-prefix PREFIX] [--groups-prefix PREFIX] [--current]
       scs-console profile remove &lt;name&gt;
       scs-console profile import &lt;kubeconfig&gt;
</source>
        <translation>Aufruf: scs-console profile list
        scs-console profile show &lt;Name&gt;
        scs-console profile set &lt;Name&gt; [--api-url URL] [--issuer-url URL]
            [--client-id ID] [--scope SCOPE]... [--ca-file PEM] [--tenant NAMESPACE]...
            [--username-prefix PRÄFIX] [--groups-prefix PRÄFIX] [--current]
        scs-console profile remove &lt;Name&gt;
        scs-console profile import &lt;Kubeconfig&gt;
</translation>
    </message>
</context>
<context>
    <name>QuotaCheck</name>
    <message>
        <source>Quota &apos;%1&apos; in %2 allows 1 cluster (%3); %4 in use.</source>
        <translation>Das Kontingent „%1“ in %2 erlaubt 1 Cluster (%3); %4 in Gebrauch.</translation>
    </message>
    <message>
        <source>Quota &apos;%1&apos; in %2 allows %3 clusters (%4); %5 in use.</source>
        <translation>Das Kontingent „%1“ in %2 erlaubt %3 Cluster (%4); %5 in Gebrauch.</translation>
    </message>
    <message>
        <source>Quota &apos;%1&apos; in %2 allows %3 of %4; %5 are used and the order needs %6.</source>
        <translation>Das Kontingent „%1“ in %2 erlaubt %3 von %4; %5 sind belegt, und die Bestellung braucht %6.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The sign-in was declined.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>This client is not allowed to sign in at the issuer. Check the client ID in the profile.</source>
        <translation>Dieser Client darf sich beim Aussteller nicht anmelden. Prüfen Sie die Client-ID im Profil.</translation>
    </message>
    <message>
        <source>The issuer does not offer a scope the profile asks for: %1</source>
        <translation>Der Aussteller bietet einen Scope nicht an, den das Profil anfordert: %1</translation>
    </message>
    <message>
        <source>The sign-in server is busy. Please try again in a moment.</source>
        <translation>Der Anmeldeserver ist ausgelastet. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1</source>
        <translation>Der Anmeldeserver hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in ended at an unexpected address.</source>
        <translation>Die Anmeldung endete an einer unerwarteten Adresse.</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in and was refused. Please sign in again.</source>
        <translation>Die Antwort gehört nicht zu dieser Anmeldung und wurde abgelehnt. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in answer comes from another issuer and was refused.</source>
        <translation>Die Antwort stammt von einem anderen Aussteller und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in answer carries no code.</source>
        <translation>Die Antwort der Anmeldung enthält keinen Code.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>No saved session.</source>
        <translation>Keine gespeicherte Sitzung.</translation>
    </message>
    <message>
        <source>No saved session for this profile.</source>
        <translation>Keine gespeicherte Sitzung für dieses Profil.</translation>
    </message>
    <message>
        <source>The saved session belongs to another issuer or client; please sign in.</source>
        <translation>Die gespeicherte Sitzung gehört zu einem anderen Aussteller oder Client; bitte melden Sie sich an.</translation>
    </message>
</context>
<context>
    <name>TenantCreator</name>
    <message>
        <source>The namespace %1 was deleted again.</source>
        <translation>Der Namespace %1 wurde wieder gelöscht.</translation>
    </message>
    <message>
        <source>The namespace %1 was created and could not be deleted again: %2</source>
        <translation>Der Namespace %1 wurde angelegt und konnte nicht wieder gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>TenantPlan</name>
    <message>
        <source>%1: &quot;%2&quot; is not a quantity for %3 (like 2, 500m or 8Gi).</source>
        <translation>%1: „%2“ ist keine Menge für %3 (etwa 2, 500m oder 8Gi).</translation>
    </message>
    <message>
        <source>The tenant needs a name.</source>
        <translation>Der Mandant braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved by Kubernetes.</source>
        <translation>„%1“ ist für Kubernetes reserviert.</translation>
    </message>
    <message>
        <source>Pick the Keycloak group whose members administer the tenant.</source>
        <translation>Wählen Sie die Keycloak-Gruppe, deren Mitglieder den Mandanten verwalten.</translation>
    </message>
    <message>
        <source>A group name has no blanks.</source>
        <translation>Ein Gruppenname enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>Pick the role the administrators get.</source>
        <translation>Wählen Sie die Rolle, die die Administratoren erhalten.</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Default requests</source>
        <translation>Standard-Anforderungen</translation>
    </message>
    <message>
        <source>Default limits</source>
        <translation>Standard-Limits</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &lt;resource&gt;=&lt;quantity&gt;.</source>
        <translation>„%1“ hat nicht die Form &lt;Ressource&gt;=&lt;Menge&gt;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity for %2 (like 2, 500m or 8Gi).</source>
        <translation>„%1“ ist keine Menge für %2 (etwa 2, 500m oder 8Gi).</translation>
    </message>
</context>
<context>
    <name>Tls</name>
    <message>
        <source>The CA bundle %1 of profile &quot;%2&quot; cannot be used: %3</source>
        <translation>Das CA-Bundle %1 des Profils „%2“ kann nicht verwendet werden: %3</translation>
    </message>
    <message>
        <source>The CA certificate of &quot;%1&quot; cannot be read.</source>
        <translation>Das CA-Zertifikat von „%1“ kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No keychain is available, so your session is kept in memory only: you will need to sign in again after restarting the console.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher wird Ihre Sitzung nur im Speicher gehalten: Nach einem Neustart der Konsole müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>The session could not be stored in the keychain: %1</source>
        <translation>Die Sitzung konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The session could not be read from the keychain: %1</source>
        <translation>Die Sitzung konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The session could not be removed from the keychain: %1</source>
        <translation>Die Sitzung konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access: %1</source>
        <translation>Der Schlüsselbund ist gesperrt oder verweigert den Zugriff: %1</translation>
    </message>
</context>
<context>
    <name>UpgradePlan</name>
    <message>
        <source>The class %1 requires variables the cluster does not set: %2.</source>
        <translation>Die Klasse %1 verlangt Variablen, die der Cluster nicht setzt: %2.</translation>
    </message>
    <message>
        <source>The class %1 does not build Kubernetes %2.</source>
        <translation>Die Klasse %1 baut kein Kubernetes %2.</translation>
    </message>
    <message>
        <source>%1 is older than %2: Kubernetes clusters cannot be downgraded.</source>
        <translation>%1 ist älter als %2: Kubernetes-Cluster können nicht herabgestuft werden.</translation>
    </message>
    <message>
        <source>The cluster already runs %1 on %2.</source>
        <translation>Der Cluster läuft bereits mit %1 auf %2.</translation>
    </message>
</context>
<context>
    <name>VerbSession</name>
    <message>
        <source>The sign-in server did not answer in time.</source>
        <translation>Der Anmeldeserver hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>There is no profile called &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The session could not be renewed: %1</source>
        <translation>Die Sitzung konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>You are not signed in to the profile &quot;%1&quot;. Sign in with &quot;scs-console --profile %2&quot; and try again.</source>
        <translation>Sie sind beim Profil „%1“ nicht angemeldet. Melden Sie sich mit „scs-console --profile %2“ an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not read what the Central API serves: %1</source>
        <translation>Es konnte nicht gelesen werden, was die Central API anbietet: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <source>Unexpected text after the JSON value</source>
        <translation>Unerwarteter Text nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>The JSON has more than %1 values</source>
        <translation>Das JSON enthält mehr als %1 Werte</translation>
    </message>
    <message>
        <source>The JSON is nested deeper than %1 levels</source>
        <translation>Das JSON ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>The JSON ends too early</source>
        <translation>Das JSON endet zu früh</translation>
    </message>
    <message>
        <source>Unexpected character in JSON</source>
        <translation>Unerwartetes Zeichen im JSON</translation>
    </message>
    <message>
        <source>Invalid number in JSON</source>
        <translation>Ungültige Zahl im JSON</translation>
    </message>
    <message>
        <source>The number is too large</source>
        <translation>Die Zahl ist zu groß</translation>
    </message>
    <message>
        <source>Invalid \u escape in a JSON string</source>
        <translation>Ungültige \u-Escape-Sequenz in einer JSON-Zeichenkette</translation>
    </message>
    <message>
        <source>The JSON string is not valid UTF-8</source>
        <translation>Die JSON-Zeichenkette ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>Control character in a JSON string; escape it</source>
        <translation>Steuerzeichen in einer JSON-Zeichenkette; maskieren Sie es</translation>
    </message>
    <message>
        <source>Unknown escape sequence in a JSON string</source>
        <translation>Unbekannte Escape-Sequenz in einer JSON-Zeichenkette</translation>
    </message>
    <message>
        <source>A JSON string is not closed</source>
        <translation>Eine JSON-Zeichenkette ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Expected &quot;,&quot; or &quot;]&quot; in a JSON array</source>
        <translation>&quot;,&quot; oder &quot;]&quot; in einem JSON-Array erwartet</translation>
    </message>
    <message>
        <source>Expected a quoted key in a JSON object</source>
        <translation>Schlüssel in Anführungszeichen in einem JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in this object</source>
        <translation>Der Schlüssel „%1“ kommt in diesem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>Expected &quot;:&quot; after a key in a JSON object</source>
        <translation>&quot;:&quot; nach einem Schlüssel in einem JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>Expected &quot;,&quot; or &quot;}&quot; in a JSON object</source>
        <translation>&quot;,&quot; oder &quot;}&quot; in einem JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>The YAML holds no document</source>
        <translation>Das YAML enthält kein Dokument</translation>
    </message>
    <message>
        <source>The YAML holds %1 documents; only one is expected here</source>
        <translation>Das YAML enthält %1 Dokumente; hier wird nur eines erwartet</translation>
    </message>
    <message>
        <source>The YAML document is not a map or a list</source>
        <translation>Das YAML-Dokument ist weder eine Map noch eine Liste</translation>
    </message>
    <message>
        <source>Document %1: %2</source>
        <translation>Dokument %1: %2</translation>
    </message>
    <message>
        <source>A key/value pair is not allowed here; check the indentation and that values containing &quot;: &quot; are quoted</source>
        <translation>Ein Schlüssel-Wert-Paar ist hier nicht erlaubt; prüfen Sie die Einrückung und ob Werte, die &quot;: &quot; enthalten, in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>A list item (&quot;- &quot;) is not allowed here; check the indentation</source>
        <translation>Ein Listeneintrag (&quot;- &quot;) ist hier nicht erlaubt; prüfen Sie die Einrückung</translation>
    </message>
    <message>
        <source>The indentation does not match the enclosing block</source>
        <translation>Die Einrückung passt nicht zum umgebenden Block</translation>
    </message>
    <message>
        <source>Missing &quot;}&quot; at the end of a {...} map</source>
        <translation>Fehlendes &quot;}&quot; am Ende einer {...}-Map</translation>
    </message>
    <message>
        <source>Missing &quot;]&quot; at the end of a [...] list</source>
        <translation>Fehlendes &quot;]&quot; am Ende einer [...]-Liste</translation>
    </message>
    <message>
        <source>Unexpected &quot;]&quot; or &quot;}&quot;</source>
        <translation>Unerwartetes &quot;]&quot; oder &quot;}&quot;</translation>
    </message>
    <message>
        <source>A quoted string is not closed</source>
        <translation>Eine Zeichenkette in Anführungszeichen ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>A document marker (--- or ...) interrupts a quoted string</source>
        <translation>Eine Dokumentmarkierung (--- oder ...) unterbricht eine Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>Tabs are not allowed in indentation; use spaces</source>
        <translation>Tabulatoren sind in der Einrückung nicht erlaubt; verwenden Sie Leerzeichen</translation>
    </message>
    <message>
        <source>The alias refers to an anchor that is not defined before it</source>
        <translation>Der Alias verweist auf einen Anker, der nicht vor ihm definiert ist</translation>
    </message>
    <message>
        <source>Unknown escape sequence in a double-quoted string</source>
        <translation>Unbekannte Escape-Sequenz in einer Zeichenkette in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>Invalid \x, \u or \U escape in a double-quoted string</source>
        <translation>Ungültige \x-, \u- oder \U-Escape-Sequenz in einer Zeichenkette in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>A node has more than one tag, anchor or alias</source>
        <translation>Ein Knoten hat mehr als ein Tag, einen Anker oder einen Alias</translation>
    </message>
    <message>
        <source>Invalid block scalar header after &quot;|&quot; or &quot;&gt;&quot;</source>
        <translation>Ungültiger Blockskalar-Kopf nach &quot;|&quot; oder &quot;&gt;&quot;</translation>
    </message>
    <message>
        <source>A key (&quot;? &quot;) is not allowed here</source>
        <translation>Ein Schlüssel (&quot;? &quot;) ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>The YAML is nested too deeply</source>
        <translation>Das YAML ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>The YAML is not valid: %1</source>
        <translation>Das YAML ist ungültig: %1</translation>
    </message>
    <message>
        <source>A key cannot be null (empty, ~ or null); quote it to use it as text</source>
        <translation>Ein Schlüssel kann nicht null sein (leer, ~ oder null); setzen Sie ihn in Anführungszeichen, um ihn als Text zu verwenden</translation>
    </message>
    <message>
        <source>A key cannot be a number this large; quote it</source>
        <translation>Ein Schlüssel kann keine so große Zahl sein; setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <source>%1 is not a number JSON can hold; quote it to keep it as text</source>
        <translation>%1 ist keine Zahl, die JSON darstellen kann; setzen Sie sie in Anführungszeichen, um sie als Text zu behalten</translation>
    </message>
    <message>
        <source>The !!binary value is not valid base64</source>
        <translation>Der !!binary-Wert ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; is not a !!%2</source>
        <translation>Der Wert „%1“ ist kein !!%2</translation>
    </message>
    <message>
        <source>The alias refers to a node that contains it</source>
        <translation>Der Alias verweist auf einen Knoten, der ihn enthält</translation>
    </message>
    <message>
        <source>A list or map cannot be a key</source>
        <translation>Eine Liste oder Map kann kein Schlüssel sein</translation>
    </message>
    <message>
        <source>The key has no value</source>
        <translation>Der Schlüssel hat keinen Wert</translation>
    </message>
    <message>
        <source>The YAML is nested deeper than %1 levels</source>
        <translation>Das YAML ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>The YAML expands to more than %1 values or %2 MiB (aliases repeating aliases?)</source>
        <translation>Das YAML ergibt aufgelöst mehr als %1 Werte oder %2 MiB (Aliasse, die Aliasse wiederholen?)</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in this map (first on line %2); remove one</source>
        <translation>Der Schlüssel „%1“ kommt in dieser Map zweimal vor (zuerst in Zeile %2); entfernen Sie einen</translation>
    </message>
    <message>
        <source>A merge key (&lt;&lt;) needs a map or a list of maps</source>
        <translation>Ein Merge-Schlüssel (&lt;&lt;) braucht eine Map oder eine Liste von Maps</translation>
    </message>
    <message>
        <source>Control character U+%1 is not allowed in YAML</source>
        <translation>Das Steuerzeichen U+%1 ist in YAML nicht erlaubt</translation>
    </message>
    <message>
        <source>Control character U+007F is not allowed in YAML</source>
        <translation>Das Steuerzeichen U+007F ist in YAML nicht erlaubt</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8</source>
        <translation>Der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>A byte order mark (U+FEFF) is only allowed at the start</source>
        <translation>Eine Byte-Order-Mark (U+FEFF) ist nur am Anfang erlaubt</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot;</source>
        <translation>Unerwartetes „%1“</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &quot;scs-console --help&quot;.</source>
        <translation>Siehe „scs-console --help“.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>scs::access::AccessService</name>
    <message>
        <source>RBAC refuses this: the role allows more than you may do in %1 yourself, and nobody may grant rights they do not hold. Pick a smaller role, or ask someone who holds all of its rights.</source>
        <translation>RBAC lehnt das ab: Die Rolle erlaubt mehr, als Sie in %1 selbst dürfen, und niemand darf Rechte vergeben, die er nicht hat. Wählen Sie eine kleinere Rolle oder bitten Sie jemanden, der alle ihre Rechte hat.</translation>
    </message>
    <message>
        <source>This member already has this role in %1.</source>
        <translation>Dieses Mitglied hat diese Rolle in %1 bereits.</translation>
    </message>
</context>
<context>
    <name>scs::access::MembersModel</name>
    <message>
        <source>%1 (as the API server knows it) — you</source>
        <translation>%1 (so kennt ihn der API-Server) — Sie</translation>
    </message>
    <message>
        <source>%1 (as the API server knows it)</source>
        <translation>%1 (so kennt ihn der API-Server)</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>ClusterRoleBinding %1</source>
        <translation>ClusterRoleBinding %1</translation>
    </message>
    <message>
        <source>RoleBinding %1</source>
        <translation>RoleBinding %1</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Vergeben durch</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>The Keycloak group&apos;s object (%1 %2 in %3); click to open it</source>
        <translation>Das Objekt der Keycloak-Gruppe (%1 %2 in %3); zum Öffnen klicken</translation>
    </message>
    <message>
        <source>Keycloak group %1</source>
        <translation>Keycloak-Gruppe %1</translation>
    </message>
    <message>
        <source>Identity object</source>
        <translation>Identitätsobjekt</translation>
    </message>
</context>
<context>
    <name>scs::access::Rbac</name>
    <message>
        <source>all verbs</source>
        <translation>alle Verben</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>all API groups</source>
        <translation>alle API-Gruppen</translation>
    </message>
    <message>
        <source>named %1</source>
        <translation>namens %1</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>bearbeiten</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>verwalten</translation>
    </message>
    <message>
        <source>everything (cluster admin)</source>
        <translation>alles (Cluster-Admin)</translation>
    </message>
    <message>
        <source>rules not readable</source>
        <translation>Regeln nicht lesbar</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>nur lesen</translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation>%1 Regeln</translation>
    </message>
</context>
<context>
    <name>scs::edit::ObjectEditor</name>
    <message>
        <source>The text holds no object.</source>
        <translation>Der Text enthält kein Objekt.</translation>
    </message>
    <message>
        <source>The text holds %1 documents; an edit changes one object (the second one starts at line %2).</source>
        <translation>Der Text enthält %1 Dokumente; eine Bearbeitung ändert genau ein Objekt (das zweite beginnt in Zeile %2).</translation>
    </message>
    <message>
        <source>The text is not an object (a map of fields).</source>
        <translation>Der Text ist kein Objekt (eine Map von Feldern).</translation>
    </message>
    <message>
        <source>apiVersion must stay %1 (it is %2).</source>
        <translation>apiVersion muss %1 bleiben (jetzt: %2).</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>kind must stay %1 (it is %2).</source>
        <translation>kind muss %1 bleiben (jetzt: %2).</translation>
    </message>
    <message>
        <source>metadata.name must stay %1: renaming an object is creating another one.</source>
        <translation>metadata.name muss %1 bleiben: Ein Objekt umzubenennen hieße, ein anderes anzulegen.</translation>
    </message>
    <message>
        <source>metadata.namespace must stay %1.</source>
        <translation>metadata.namespace muss %1 bleiben.</translation>
    </message>
    <message>
        <source>Not connected to the Central API.</source>
        <translation>Nicht mit der Central API verbunden.</translation>
    </message>
</context>
<context>
    <name>scs::exec</name>
    <message>
        <source>The server ended the command with an answer the console does not understand</source>
        <translation>Der Server hat den Befehl mit einer Antwort beendet, die die Konsole nicht versteht</translation>
    </message>
    <message>
        <source>the command was not found in the container</source>
        <translation>der Befehl wurde im Container nicht gefunden</translation>
    </message>
    <message>
        <source>The server could not run the command</source>
        <translation>Der Server konnte den Befehl nicht ausführen</translation>
    </message>
    <message>
        <source>The server could not run the command: %1</source>
        <translation>Der Server konnte den Befehl nicht ausführen: %1</translation>
    </message>
</context>
<context>
    <name>scs::exec::ExecSession</name>
    <message>
        <source>There is no connection to run the command with</source>
        <translation>Es gibt keine Verbindung, über die der Befehl laufen könnte</translation>
    </message>
    <message>
        <source>No command to run</source>
        <translation>Kein Befehl angegeben</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The server refused the terminal connection (HTTP %1)</source>
        <translation>Der Server hat die Terminalverbindung abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>The server refused the terminal connection</source>
        <translation>Der Server hat die Terminalverbindung abgelehnt</translation>
    </message>
    <message>
        <source>the connection ended before the command did</source>
        <translation>die Verbindung endete vor dem Befehl</translation>
    </message>
    <message>
        <source>the command could not be run (exit code %1)</source>
        <translation>der Befehl konnte nicht ausgeführt werden (Exit-Code %1)</translation>
    </message>
</context>
<context>
    <name>scs::exec::PodPicker</name>
    <message>
        <source>There is no connection to list pods with</source>
        <translation>Es gibt keine Verbindung, über die Pods aufgelistet werden könnten</translation>
    </message>
    <message>
        <source>%1 %2 has no running pod to open a shell in</source>
        <translation>%1 %2 hat keinen laufenden Pod, in dem eine Shell geöffnet werden könnte</translation>
    </message>
</context>
<context>
    <name>scs::kube::Discovery</name>
    <message>
        <source>The Central API&apos;s list of resource kinds could not be read.</source>
        <translation>Die Liste der Ressourcenarten der Central API konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>scs::kube::KubeClient</name>
    <message>
        <source>The Central API did not accept your session. Please sign in again.</source>
        <translation>Die Central API hat Ihre Sitzung nicht angenommen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The Central API at %1 did not answer within %2 seconds.</source>
        <translation>Die Central API unter %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The Central API at %1 refused the connection. Is it running?</source>
        <translation>Die Central API unter %1 hat die Verbindung abgelehnt. Läuft sie?</translation>
    </message>
    <message>
        <source>The host of the Central API at %1 was not found.</source>
        <translation>Der Host der Central API unter %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The identity of the Central API at %1 could not be verified (%2). Check the CA file of the connection profile.</source>
        <translation>Die Identität der Central API unter %1 konnte nicht überprüft werden (%2). Prüfen Sie die CA-Datei des Verbindungsprofils.</translation>
    </message>
    <message>
        <source>The Central API at %1 did not answer in time.</source>
        <translation>Die Central API unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The Central API at %1 closed the connection.</source>
        <translation>Die Central API unter %1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>Cannot reach the Central API at %1: %2</source>
        <translation>Die Central API unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>You are not allowed to %1 %2.</source>
        <translation>Keine Berechtigung für „%1“ auf %2.</translation>
    </message>
    <message>
        <source>You are not allowed to %1 %2 in namespace %3.</source>
        <translation>Keine Berechtigung für „%1“ auf %2 im Namespace %3.</translation>
    </message>
    <message>
        <source>The Central API answered with HTTP status %1.</source>
        <translation>Die Central API hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The Central API did not say who you are (SelfSubjectReview).</source>
        <translation>Die Central API hat nicht mitgeteilt, wer Sie sind (SelfSubjectReview).</translation>
    </message>
    <message>
        <source>The Central API&apos;s answer is larger than %1 MiB, more than the console reads at once. Narrow the request (a label selector, fewer objects).</source>
        <translation>Die Antwort der Central API ist größer als %1 MiB, mehr als die Konsole auf einmal liest. Schränken Sie die Anfrage ein (ein Label-Selektor, weniger Objekte).</translation>
    </message>
</context>
<context>
    <name>scs::kube::KubeReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The Central API sent an answer that is not valid JSON.</source>
        <translation>Die Central API hat eine Antwort gesendet, die kein gültiges JSON ist.</translation>
    </message>
</context>
<context>
    <name>scs::kube::OpenApi</name>
    <message>
        <source>The Central API publishes no schema for %1 (%2).</source>
        <translation>Die Central API veröffentlicht kein Schema für %1 (%2).</translation>
    </message>
    <message>
        <source>The Central API publishes no schemas for %1.</source>
        <translation>Die Central API veröffentlicht keine Schemas für %1.</translation>
    </message>
</context>
<context>
    <name>scs::kube::TokenSource</name>
    <message>
        <source>The token was refused and cannot be renewed.</source>
        <translation>Das Token wurde abgelehnt und kann nicht erneuert werden.</translation>
    </message>
</context>
<context>
    <name>scs::kube::Watcher</name>
    <message>
        <source>An object in the list is not valid JSON.</source>
        <translation>Ein Objekt der Liste ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The Central API sent a list that cannot be read.</source>
        <translation>Die Central API hat eine Liste gesendet, die sich nicht lesen lässt.</translation>
    </message>
    <message>
        <source>A change the Central API sent for %1 is larger than %2 MiB, more than the console reads at once; listing again.</source>
        <translation>Eine Änderung, die die Central API für %1 sandte, ist größer als %2 MiB, mehr als die Konsole auf einmal liest; die Liste wird neu geladen.</translation>
    </message>
</context>
<context>
    <name>scs::logs::LogStream</name>
    <message>
        <source>The pod %1 is gone; its log ends here.</source>
        <translation>Der Pod %1 ist nicht mehr da; sein Log endet hier.</translation>
    </message>
    <message>
        <source>The Central API refused the log: %1</source>
        <translation>Die Central API hat das Log verweigert: %1</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Die Verbindung ist abgebrochen.</translation>
    </message>
    <message>
        <source>The pod %1 has finished (%2).</source>
        <translation>Der Pod %1 ist beendet (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 Reconnecting in %n s…</source>
        <translation>
            <numerusform>%1 Neuer Versuch in %n s …</numerusform>
            <numerusform>%1 Neuer Versuch in %n s …</numerusform>
        </translation>
    </message>
    <message>
        <source>The container has not started yet: %1</source>
        <translation>Der Container ist noch nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The container is not running (the pod is %1).</source>
        <translation>Der Container läuft nicht (der Pod ist %1).</translation>
    </message>
</context>
<context>
    <name>scs::logs::WorkloadLogs</name>
    <message>
        <source>The selector uses the operator &quot;%1&quot;, which the console does not know.</source>
        <translation>Der Selektor verwendet den Operator „%1“, den die Konsole nicht kennt.</translation>
    </message>
    <message>
        <source>%1 has no pod selector, so its pods cannot be found.</source>
        <translation>%1 hat keinen Pod-Selektor, daher lassen sich seine Pods nicht finden.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 containers: at most %3 are followed at once.</source>
        <translation>%1 von %2 Containern werden angezeigt: höchstens %3 werden gleichzeitig verfolgt.</translation>
    </message>
    <message>
        <source>No pod matches %1.</source>
        <translation>Kein Pod passt zu %1.</translation>
    </message>
</context>
<context>
    <name>scs::models::ResourceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Last Seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>scs::models::TenantTreeModel</name>
    <message>
        <source>Claims and Clusters</source>
        <translation>Claims und Cluster</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Access Control</source>
        <translation>Zugriffskontrolle</translation>
    </message>
    <message>
        <source>Custom Resources</source>
        <translation>Eigene Ressourcen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Loading tenants…</source>
        <translation>Mandanten werden geladen…</translation>
    </message>
    <message>
        <source>No tenants you may see</source>
        <translation>Keine Mandanten, die Sie sehen dürfen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing you may list</source>
        <translation>Nichts, was Sie auflisten dürfen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>SCS</source>
        <translation>SCS</translation>
    </message>
    <message>
        <source>Cluster API</source>
        <translation>Cluster API</translation>
    </message>
    <message>
        <source>core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>Cluster-scoped resources</source>
        <translation>Clusterweite Ressourcen</translation>
    </message>
    <message>
        <source>Kinds that belong to no tenant namespace</source>
        <translation>Ressourcenarten, die zu keinem Mandanten-Namespace gehören</translation>
    </message>
    <message>
        <source>Loading kinds…</source>
        <translation>Arten werden geladen…</translation>
    </message>
    <message>
        <source>Checking access…</source>
        <translation>Zugriff wird geprüft…</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
</context>
<context>
    <name>scs::portforward::ForwardConnection</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server answered for port %1 instead of %2.</source>
        <translation>Der Server antwortete für Port %1 statt für %2.</translation>
    </message>
    <message>
        <source>The local program stopped reading; the connection was closed after %1 MiB waited for it.</source>
        <translation>Das lokale Programm liest nicht mehr; die Verbindung wurde geschlossen, nachdem %1 MiB auf es warteten.</translation>
    </message>
    <message>
        <source>The connection to the pod dropped.</source>
        <translation>Die Verbindung zum Pod ist abgebrochen.</translation>
    </message>
    <message>
        <source>The pod refused the connection: %1</source>
        <translation>Der Pod hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The API server did not accept the session; sign in again.</source>
        <translation>Der API-Server hat die Sitzung nicht angenommen; bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>Forbidden: port forwarding needs the right to create pods/portforward.</source>
        <translation>Verboten: Portweiterleitung braucht das Recht „create“ auf pods/portforward.</translation>
    </message>
    <message>
        <source>The pod was not found.</source>
        <translation>Der Pod wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not reach the API server: %1</source>
        <translation>Der API-Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The API server refused the port forward (HTTP %1).</source>
        <translation>Der API-Server hat die Portweiterleitung abgelehnt (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>scs::portforward::ForwardTarget</name>
    <message>
        <source>Pod %1 has no container port named &quot;%2&quot; (the target of port %3 of Service %4).</source>
        <translation>Pod %1 hat keinen Container-Port namens „%2“ (das Ziel von Port %3 des Service %4).</translation>
    </message>
    <message>
        <source>Service %1 has no port %2.</source>
        <translation>Service %1 hat keinen Port %2.</translation>
    </message>
</context>
<context>
    <name>scs::portforward::PortForward</name>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>pod %1/%2</source>
        <translation>Pod %1/%2</translation>
    </message>
    <message>
        <source>service %1/%2</source>
        <translation>Service %1/%2</translation>
    </message>
    <message>
        <source>service %1/%2 → pod %3</source>
        <translation>Service %1/%2 → Pod %3</translation>
    </message>
    <message>
        <source>The connection to the cluster is closed.</source>
        <translation>Die Verbindung zum Cluster ist geschlossen.</translation>
    </message>
    <message>
        <source>Service %1/%2 has no selector, so no pod of its own to forward to.</source>
        <translation>Service %1/%2 hat keinen Selektor und damit keinen eigenen Pod, zu dem weitergeleitet werden kann.</translation>
    </message>
    <message>
        <source>No running pod behind Service %1/%2 (selector %3).</source>
        <translation>Hinter Service %1/%2 läuft kein Pod (Selektor %3).</translation>
    </message>
    <message>
        <source>%1 is gone.</source>
        <translation>%1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is gone (being deleted).</source>
        <translation>%1 gibt es nicht mehr (wird gelöscht).</translation>
    </message>
    <message>
        <source>%1 is not running (phase %2).</source>
        <translation>%1 läuft nicht (Phase %2).</translation>
    </message>
    <message>
        <source>Local port %1 is already in use. Choose another one, such as %2.</source>
        <translation>Der lokale Port %1 ist schon belegt. Bitte einen anderen wählen, etwa %2.</translation>
    </message>
    <message>
        <source>Local port %1 is already in use. Choose another one.</source>
        <translation>Der lokale Port %1 ist schon belegt. Bitte einen anderen wählen.</translation>
    </message>
    <message>
        <source>Forbidden: forwarding to %1 needs the right to create pods/portforward in namespace %2.</source>
        <translation>Verboten: Die Weiterleitung zu %1 braucht das Recht „create“ auf pods/portforward im Namespace %2.</translation>
    </message>
</context>
<context>
    <name>scs::portforward::PortForwards</name>
    <message>
        <source>%1 (pod %2)</source>
        <translation>%1 (Pod %2)</translation>
    </message>
    <message>
        <source>%1 open, %2 in all</source>
        <translation>%1 offen, %2 insgesamt</translation>
    </message>
    <message>
        <source>↓ %1  ↑ %2</source>
        <translation>↓ %1  ↑ %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Lokale Adresse</translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation>Entfernter Port</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>scs::ui::AboutDialog</name>
    <message>
        <source>YAML highlighting: built-in (KSyntaxHighlighting not available)</source>
        <translation>YAML-Hervorhebung: eingebaut (KSyntaxHighlighting nicht verfügbar)</translation>
    </message>
    <message>
        <source>About SCS Console</source>
        <translation>Über SCS Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SCS Console %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SCS Console %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A desktop console for the Sovereign Cloud Stack Central API: tenants, resources and Kubernetes clusters in one place.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Desktop-Konsole für die Central API des Sovereign Cloud Stack: Mandanten, Ressourcen und Kubernetes-Cluster an einem Ort.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Gebaut mit:</translation>
    </message>
</context>
<context>
    <name>scs::ui::AccessController</name>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>Who has access to the current tenant, and with which role</source>
        <translation>Wer Zugriff auf den aktuellen Mandanten hat, und mit welcher Rolle</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>Mitglied &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Give a Keycloak user or group a role in the current tenant</source>
        <translation>Einem Keycloak-Benutzer oder einer Keycloak-Gruppe eine Rolle im aktuellen Mandanten geben</translation>
    </message>
    <message>
        <source>&amp;Who Can…</source>
        <translation>&amp;Wer darf…</translation>
    </message>
    <message>
        <source>Who may create, change or delete a kind in a tenant</source>
        <translation>Wer eine Art in einem Mandanten anlegen, ändern oder löschen darf</translation>
    </message>
    <message>
        <source>&amp;Access</source>
        <translation>&amp;Zugriff</translation>
    </message>
    <message>
        <source>Give a user or group a role in %1</source>
        <translation>Einem Benutzer oder einer Gruppe eine Rolle in %1 geben</translation>
    </message>
    <message>
        <source>You may not manage the members of %1</source>
        <translation>Sie dürfen die Mitglieder von %1 nicht verwalten</translation>
    </message>
    <message>
        <source>%1 becomes a member of %2 with the role %3. The console writes this RoleBinding:</source>
        <translation>%1 wird Mitglied von %2 mit der Rolle %3. Die Konsole schreibt dieses RoleBinding:</translation>
    </message>
    <message>
        <source>&amp;Add Member</source>
        <translation>Mitglied &amp;hinzufügen</translation>
    </message>
    <message>
        <source>%1 is now a member of %2.</source>
        <translation>%1 ist jetzt Mitglied von %2.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of %2 through %3: the RoleBinding is deleted.</source>
        <translation>%1 ist nicht mehr Mitglied von %2 über %3: Das RoleBinding wird gelöscht.</translation>
    </message>
    <message>
        <source>%1 is taken out of the RoleBinding %2 in %3; its other subjects keep the role.</source>
        <translation>%1 wird aus dem RoleBinding %2 in %3 genommen; seine anderen Subjekte behalten die Rolle.</translation>
    </message>
    <message>
        <source>&amp;Remove Member</source>
        <translation>Mitglied &amp;entfernen</translation>
    </message>
    <message>
        <source>%1 is no longer a member of %2 through %3.</source>
        <translation>%1 ist nicht mehr Mitglied von %2 über %3.</translation>
    </message>
</context>
<context>
    <name>scs::ui::AddMemberDialog</name>
    <message>
        <source>Add Member to %1</source>
        <translation>Mitglied zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Keycloak user</source>
        <translation>Keycloak-Benutzer</translation>
    </message>
    <message>
        <source>Keycloak group</source>
        <translation>Keycloak-Gruppe</translation>
    </message>
    <message>
        <source>Member type</source>
        <translation>Art des Mitglieds</translation>
    </message>
    <message>
        <source>user or group name, e.g. alice</source>
        <translation>Benutzer- oder Gruppenname, z. B. alice</translation>
    </message>
    <message>
        <source>User or group name</source>
        <translation>Benutzer- oder Gruppenname</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Role of this tenant</source>
        <translation>Rolle dieses Mandanten</translation>
    </message>
    <message>
        <source>ClusterRole</source>
        <translation>ClusterRole</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>The console writes a RoleBinding in %1 that gives the user or group the role there.</source>
        <translation>Die Konsole schreibt in %1 ein RoleBinding, das dem Benutzer oder der Gruppe dort die Rolle gibt.</translation>
    </message>
    <message>
        <source>The API server knows names without a prefix.</source>
        <translation>Der API-Server kennt Namen ohne Präfix.</translation>
    </message>
    <message>
        <source>The API server knows this name with the prefix &quot;%1&quot;.</source>
        <translation>Der API-Server kennt diesen Namen mit dem Präfix „%1“.</translation>
    </message>
    <message>
        <source>Bound as: %1</source>
        <translation>Gebunden als: %1</translation>
    </message>
</context>
<context>
    <name>scs::ui::BrowserController</name>
    <message>
        <source>Discovery failed: %1</source>
        <translation>Discovery fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 (cluster-scoped)</source>
        <translation>%1 (clusterweit)</translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation>Namen kopieren</translation>
    </message>
    <message>
        <source>Copies the selected objects&apos; names</source>
        <translation>Kopiert die Namen der ausgewählten Objekte</translation>
    </message>
    <message>
        <source>Copy as kubectl Command</source>
        <translation>Als kubectl-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copies a kubectl command that shows the selected objects</source>
        <translation>Kopiert einen kubectl-Befehl, der die ausgewählten Objekte anzeigt</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Deletes the selected objects, after asking</source>
        <translation>Löscht die ausgewählten Objekte nach einer Rückfrage</translation>
    </message>
    <message>
        <source>%1 %2 is terminating: it waits for its finalizers.</source>
        <translation>%1 %2 wird beendet: Es wartet auf seine Finalizer.</translation>
    </message>
    <message>
        <source>Deleted %1 %2.</source>
        <translation>%1 %2 gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n object(s); %2 terminating.</source>
        <translation>
            <numerusform>%1 von %n Objekt gelöscht; %2 wird noch beendet.</numerusform>
            <numerusform>%1 von %n Objekten gelöscht; %2 noch in Beendigung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete failed: %1</source>
        <translation>Löschen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n delete(s) failed:</source>
        <translation>
            <numerusform>%n Löschvorgang fehlgeschlagen:</numerusform>
            <numerusform>%n Löschvorgänge fehlgeschlagen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scs::ui::ClusterKubeconfigDialog</name>
    <message>
        <source>written to the file, not shown</source>
        <translation>wird in die Datei geschrieben, nicht angezeigt</translation>
    </message>
    <message>
        <source>Kubeconfig of Cluster %1 (%2)</source>
        <translation>Kubeconfig des Clusters %1 (%2)</translation>
    </message>
    <message>
        <source>Reading the cluster %1…</source>
        <translation>Cluster %1 wird gelesen …</translation>
    </message>
    <message>
        <source>SCS Console (scs-console get-token)</source>
        <translation>SCS Console (scs-console get-token)</translation>
    </message>
    <message>
        <source>kubelogin (kubectl oidc-login)</source>
        <translation>kubelogin (kubectl oidc-login)</translation>
    </message>
    <message>
        <source>Choose CA File…</source>
        <translation>CA-Datei auswählen …</translation>
    </message>
    <message>
        <source>Make it the current context</source>
        <translation>Zum aktuellen Kontext machen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Copy kubectl Command</source>
        <translation>kubectl-Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>Cluster Kubeconfig</source>
        <translation>Cluster-Kubeconfig</translation>
    </message>
    <message>
        <source>Sign-in for kubectl</source>
        <translation>Anmeldung für kubectl</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>The kubectl command is on the clipboard.</source>
        <translation>Der kubectl-Befehl ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>CA of the Cluster</source>
        <translation>CA des Clusters</translation>
    </message>
    <message>
        <source>What will be written:</source>
        <translation>Was geschrieben wird:</translation>
    </message>
    <message>
        <source>Cluster %1 in %2: its API server at %3 does not accept your sign-in, so the admin kubeconfig of its Secret is offered.</source>
        <translation>Cluster %1 in %2: Sein API-Server unter %3 akzeptiert Ihre Anmeldung nicht, daher wird die Admin-Kubeconfig aus seinem Secret angeboten.</translation>
    </message>
    <message>
        <source>Cluster %1 in %2: its API server at %3 trusts the same sign-in server as the Central API; kubectl signs in as you.</source>
        <translation>Cluster %1 in %2: Sein API-Server unter %3 vertraut demselben Anmeldeserver wie die Central API; kubectl meldet sich als Sie an.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Admin credentials.&lt;/b&gt; This kubeconfig holds the cluster&apos;s cluster-admin client certificate and key. Whoever has the file controls the whole cluster, and it cannot be revoked by signing out. It is written readable by you only (0600); do not share or commit it.</source>
        <translation>&lt;b&gt;Admin-Zugangsdaten.&lt;/b&gt; Diese Kubeconfig enthält das cluster-admin-Client-Zertifikat und den Schlüssel des Clusters. Wer die Datei hat, kontrolliert den ganzen Cluster, und durch Abmelden lässt sich das nicht widerrufen. Sie wird nur für Sie lesbar geschrieben (0600); geben Sie sie nicht weiter und committen Sie sie nicht.</translation>
    </message>
    <message>
        <source>The cluster&apos;s CA could not be read: choose its CA file, or kubectl trusts the system&apos;s CAs only.</source>
        <translation>Die CA des Clusters konnte nicht gelesen werden: Wählen Sie ihre CA-Datei, sonst vertraut kubectl nur den CAs des Systems.</translation>
    </message>
    <message>
        <source>CA from %1.</source>
        <translation>CA aus %1.</translation>
    </message>
    <message>
        <source>CA and credentials from %1.</source>
        <translation>CA und Zugangsdaten aus %1.</translation>
    </message>
    <message>
        <source>%1 Nothing will be written.</source>
        <translation>%1 Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1 with the context %2.</source>
        <translation>%1 mit dem Kontext %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>scs::ui::ClusterPhaseProxy</name>
    <message>
        <source>%1 ⬆ upgrade available</source>
        <translation>%1 ⬆ Upgrade verfügbar</translation>
    </message>
</context>
<context>
    <name>scs::ui::ClustersView</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Failure Domain</source>
        <translation>Failure Domain</translation>
    </message>
    <message>
        <source>&amp;Order Cluster…</source>
        <translation>Cluster &amp;bestellen …</translation>
    </message>
    <message>
        <source>&amp;Scale…</source>
        <translation>&amp;Skalieren …</translation>
    </message>
    <message>
        <source>Change the number of nodes of a worker pool</source>
        <translation>Die Anzahl der Knoten eines Worker-Pools ändern</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Upgrade …</translation>
    </message>
    <message>
        <source>Move the cluster to a newer Kubernetes version its class allows</source>
        <translation>Den Cluster auf eine neuere Kubernetes-Version heben, die seine Klasse erlaubt</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Get &amp;Kubeconfig…</source>
        <translation>&amp;Kubeconfig holen …</translation>
    </message>
    <message>
        <source>Write a kubeconfig for the selected ready cluster</source>
        <translation>Eine Kubeconfig für den ausgewählten, bereiten Cluster schreiben</translation>
    </message>
    <message>
        <source>Get Kubeconfig…</source>
        <translation>Kubeconfig holen …</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Condition History</source>
        <translation>Verlauf der Bedingungen</translation>
    </message>
    <message>
        <source>Worker Pools</source>
        <translation>Worker-Pools</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Clusters in %1</source>
        <translation>Cluster in %1</translation>
    </message>
    <message>
        <source>Order a new cluster in this tenant</source>
        <translation>Einen neuen Cluster in diesem Mandanten bestellen</translation>
    </message>
    <message>
        <source>You may not order clusters in this tenant</source>
        <translation>Sie dürfen in diesem Mandanten keine Cluster bestellen</translation>
    </message>
    <message>
        <source>Seen changing while watching</source>
        <translation>Während der Beobachtung geändert</translation>
    </message>
    <message>
        <source>Cluster %1 in %2 is ready.</source>
        <translation>Cluster %1 in %2 ist bereit.</translation>
    </message>
    <message>
        <source>Its kubeconfig is ready to be written.</source>
        <translation>Seine Kubeconfig kann jetzt geschrieben werden.</translation>
    </message>
    <message>
        <source>Cluster ready</source>
        <translation>Cluster bereit</translation>
    </message>
    <message>
        <source>Scaling %1 failed: %2</source>
        <translation>Skalieren von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Upgrading %1 to %2…</source>
        <translation>Upgrade von %1 auf %2 …</translation>
    </message>
    <message>
        <source>%1 is being upgraded to %2.</source>
        <translation>%1 wird auf %2 aktualisiert.</translation>
    </message>
    <message>
        <source>Upgrading %1 failed: %2</source>
        <translation>Upgrade von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht …</translation>
    </message>
    <message>
        <source>%1 is being deleted.</source>
        <translation>%1 wird gelöscht.</translation>
    </message>
    <message>
        <source>Deleting %1 failed: %2</source>
        <translation>Löschen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Condition history</source>
        <translation>Verlauf der Bedingungen</translation>
    </message>
    <message>
        <source>Worker pools</source>
        <translation>Worker-Pools</translation>
    </message>
    <message>
        <source>Order &amp;Like This…</source>
        <translation>So &amp;bestellen wie diesen …</translation>
    </message>
    <message>
        <source>Order a new cluster with the selected one&apos;s class, version, pools and variables</source>
        <translation>Einen neuen Cluster mit Klasse, Version, Pools und Variablen des ausgewählten bestellen</translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation>%1 (jetzt %2)</translation>
    </message>
    <message>
        <source>Cannot order like %1: %2</source>
        <translation>Bestellen wie %1 nicht möglich: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>Scaling %1 of %2 to %3…</source>
        <translation>%1 von %2 wird auf %3 skaliert …</translation>
    </message>
    <message>
        <source>%1 of %2 is being scaled to %3.</source>
        <translation>%1 von %2 wird auf %3 skaliert.</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected ready cluster beside the Central API, to browse it, edit its objects and read its logs</source>
        <translation>Den ausgewählten bereiten Cluster neben der Central API öffnen, um ihn zu durchsuchen, seine Objekte zu bearbeiten und seine Logs zu lesen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>scs::ui::ConflictView</name>
    <message>
        <source>Conflict: %1 Changed on the Server</source>
        <translation>Konflikt: %1 wurde auf dem Server geändert</translation>
    </message>
    <message>
        <source>%1 (managed by %2)</source>
        <translation>%1 (verwaltet von %2)</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>einem anderen Client</translation>
    </message>
    <message>
        <source>Your edit sets fields that another client manages with a different value: %1. Nothing was written.</source>
        <translation>Ihre Bearbeitung setzt Felder, die ein anderer Client mit einem anderen Wert verwaltet: %1. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>see the server&apos;s message</source>
        <translation>siehe Meldung des Servers</translation>
    </message>
    <message>
        <source>Someone changed %1 on the server after you began editing. Nothing was written.</source>
        <translation>Jemand hat %1 auf dem Server geändert, nachdem Sie mit der Bearbeitung begonnen haben. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Your changes and theirs do not overlap: rebasing keeps both.</source>
        <translation>Ihre und die fremden Änderungen überschneiden sich nicht: Beim Aufsetzen bleiben beide erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) changed on both sides: after rebasing, keep what should stay and remove the conflict markers.</source>
        <translation>
            <numerusform>%n Bereich wurde auf beiden Seiten geändert: Behalten Sie nach dem Aufsetzen, was bleiben soll, und entfernen Sie die Konfliktmarkierungen.</numerusform>
            <numerusform>%n Bereiche wurden auf beiden Seiten geändert: Behalten Sie nach dem Aufsetzen, was bleiben soll, und entfernen Sie die Konfliktmarkierungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>You changed this</source>
        <translation>Von Ihnen geändert</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Auf dem Server geändert</translation>
    </message>
    <message>
        <source>Conflict: you and the server changed these lines differently</source>
        <translation>Konflikt: Sie und der Server haben diese Zeilen unterschiedlich geändert</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Your text, exactly as you sent it</source>
        <translation>Ihr Text, genau so, wie Sie ihn gesendet haben</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>The object as the server has it now</source>
        <translation>Das Objekt, wie es jetzt auf dem Server ist</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>The object as it was when you began editing</source>
        <translation>Das Objekt, wie es zu Beginn Ihrer Bearbeitung war</translation>
    </message>
    <message>
        <source>Merged: your changes onto live</source>
        <translation>Zusammengeführt: Ihre Änderungen auf dem Live-Stand</translation>
    </message>
    <message>
        <source>Merged: your changes onto live, with conflicts</source>
        <translation>Zusammengeführt: Ihre Änderungen auf dem Live-Stand, mit Konflikten</translation>
    </message>
    <message>
        <source>What &quot;Rebase onto live&quot; puts into the editor</source>
        <translation>Was „Auf Live-Stand aufsetzen“ in den Editor lädt</translation>
    </message>
    <message>
        <source>&amp;Rebase onto Live</source>
        <translation>Auf &amp;Live-Stand aufsetzen</translation>
    </message>
    <message>
        <source>Loads the merge into the editor: the live object with your changes on top. Review and apply again.</source>
        <translation>Lädt das Zusammengeführte in den Editor: das Live-Objekt mit Ihren Änderungen darauf. Prüfen Sie es und übernehmen Sie es erneut.</translation>
    </message>
    <message>
        <source>&amp;Force Apply (Take Over Fields)</source>
        <translation>Übernahme &amp;erzwingen (Felder an sich ziehen)</translation>
    </message>
    <message>
        <source>⚠ Force apply overwrites the other managers&apos; values with yours and makes the console the owner of these fields. Their controller or user may set them back. Only do this when you know why they differ.</source>
        <translation>⚠ Eine erzwungene Übernahme überschreibt die Werte der anderen Manager mit Ihren und macht die Konsole zum Eigentümer dieser Felder. Deren Controller oder Benutzer setzt sie womöglich zurück. Tun Sie das nur, wenn Sie wissen, warum sie sich unterscheiden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Back to the editor; your text stays as it is</source>
        <translation>Zurück zum Editor; Ihr Text bleibt unverändert</translation>
    </message>
    <message>
        <source>Conflict: Fields of %1 Managed by Others</source>
        <translation>Konflikt: Felder von %1 gehören anderen Verwaltern</translation>
    </message>
    <message>
        <source>Nobody changed %1 since you began editing. Your edit sets fields that another field manager owns, to a different value: %2. Server-side apply does not take fields over silently, so nothing was written.</source>
        <translation>Niemand hat %1 geändert, seit Sie mit dem Bearbeiten begonnen haben. Ihre Änderung setzt Felder, die ein anderer Feldverwalter (Field Manager) besitzt, auf einen anderen Wert: %2. Server-side Apply übernimmt Felder nicht stillschweigend, daher wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Take these fields over (force apply: the console becomes their manager), or write your text with Update instead (a whole-object write that changes values without taking fields over).</source>
        <translation>Übernehmen Sie diese Felder (erzwungenes Apply: die Konsole wird ihr Verwalter) oder schreiben Sie Ihren Text stattdessen mit Update (das ganze Objekt wird geschrieben; Werte ändern sich, ohne dass Felder übernommen werden).</translation>
    </message>
    <message>
        <source>&amp;Update Instead</source>
        <translation>Stattdessen &amp;Update</translation>
    </message>
    <message>
        <source>Writes your text with Update (PUT with the version you edited): refused if someone changed the object meanwhile.</source>
        <translation>Schreibt Ihren Text mit Update (PUT mit der bearbeiteten Version): abgelehnt, wenn jemand das Objekt inzwischen geändert hat.</translation>
    </message>
    <message>
        <source>&amp;Take Over These Fields</source>
        <translation>Diese Felder &amp;übernehmen</translation>
    </message>
</context>
<context>
    <name>scs::ui::ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>The Central API at %1 cannot be reached (since %2).</source>
        <translation>Die Central API unter %1 ist nicht erreichbar (seit %2).</translation>
    </message>
    <message>
        <source>The sign-in service (Keycloak) at %1 cannot be reached (since %2); you stay signed in until your token expires.</source>
        <translation>Der Anmeldedienst (Keycloak) unter %1 ist nicht erreichbar (seit %2); Sie bleiben angemeldet, bis Ihr Token abläuft.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s.</source>
        <translation>
            <numerusform>Neuer Versuch in %n s.</numerusform>
            <numerusform>Neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying now…</source>
        <translation>Neuer Versuch läuft …</translation>
    </message>
    <message>
        <source>Tables show what was known then.</source>
        <translation>Tabellen zeigen den Stand von damals.</translation>
    </message>
</context>
<context>
    <name>scs::ui::ConnectionsPane</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Close Connection</source>
        <translation>Verbindung &amp;schließen</translation>
    </message>
    <message>
        <source>Close the selected connection</source>
        <translation>Die ausgewählte Verbindung schließen</translation>
    </message>
</context>
<context>
    <name>scs::ui::DeleteClusterDialog</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete the cluster &lt;b&gt;%1&lt;/b&gt; in tenant %2? Its nodes and everything running on them go with it. This cannot be undone.&lt;br&gt;&lt;br&gt;Type the cluster&apos;s name to confirm:</source>
        <translation>Den Cluster &lt;b&gt;%1&lt;/b&gt; im Mandanten %2 löschen? Seine Knoten und alles, was darauf läuft, werden mitgelöscht. Dies kann nicht rückgängig gemacht werden.&lt;br&gt;&lt;br&gt;Geben Sie zur Bestätigung den Namen des Clusters ein:</translation>
    </message>
    <message>
        <source>&amp;Delete Cluster</source>
        <translation>Cluster &amp;löschen</translation>
    </message>
    <message>
        <source>Cluster name to confirm</source>
        <translation>Clustername zur Bestätigung</translation>
    </message>
</context>
<context>
    <name>scs::ui::DeleteDialog</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 in %3</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>%n Objekt löschen</numerusform>
            <numerusform>%n Objekte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>What happens to objects it owns</source>
        <translation>Was mit Objekten geschieht, die ihm gehören</translation>
    </message>
    <message>
        <source>Background (default)</source>
        <translation>Background (Standard)</translation>
    </message>
    <message>
        <source>Deleted now; the objects it owns are removed afterwards by the garbage collector.</source>
        <translation>Wird sofort gelöscht; die ihm gehörenden Objekte entfernt danach der Garbage Collector.</translation>
    </message>
    <message>
        <source>Foreground</source>
        <translation>Foreground</translation>
    </message>
    <message>
        <source>Stays, marked Terminating, until every object it owns is deleted first.</source>
        <translation>Bleibt mit dem Status „Wird beendet“ bestehen, bis zuerst alle ihm gehörenden Objekte gelöscht sind.</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>Orphan</translation>
    </message>
    <message>
        <source>Deleted alone; the objects it owns are kept and lose their owner.</source>
        <translation>Wird allein gelöscht; die ihm gehörenden Objekte bleiben erhalten und verlieren ihren Eigentümer.</translation>
    </message>
    <message>
        <source>Objects with finalizers stay, shown as Terminating, until their finalizers are done.</source>
        <translation>Objekte mit Finalizern bleiben mit dem Status „Wird beendet“ bestehen, bis ihre Finalizer fertig sind.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n</source>
        <translation>
            <numerusform>%n löschen</numerusform>
            <numerusform>%n löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the %1 “%2”? This cannot be undone.</source>
        <translation>%1 „%2“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete the %1 “%2” in %3? This cannot be undone.</source>
        <translation>%1 „%2“ in %3 löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n %1 objects in %2? This cannot be undone.</source>
        <translation>
            <numerusform>%n %1-Objekt in %2 löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Diese %n %1-Objekte in %2 löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n objects? This cannot be undone.</source>
        <translation>
            <numerusform>%n Objekt löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Diese %n Objekte löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Objects to delete</source>
        <translation>Zu löschende Objekte</translation>
    </message>
</context>
<context>
    <name>scs::ui::DiffView</name>
    <message>
        <source>No changes: the server would keep the object as it is.</source>
        <translation>Keine Änderungen: Der Server würde das Objekt unverändert lassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added, </source>
        <translation>
            <numerusform>%n Zeile hinzugefügt, </numerusform>
            <numerusform>%n Zeilen hinzugefügt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n Zeile entfernt</numerusform>
            <numerusform>%n Zeilen entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n unchanged line(s) not shown)</source>
        <translation>
            <numerusform>(%n unveränderte Zeile nicht angezeigt)</numerusform>
            <numerusform>(%n unveränderte Zeilen nicht angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>scs::ui::DraftKeeper</name>
    <message>
        <source>Continue Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Show Drafts…</source>
        <translation>Entwürfe anzeigen …</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s) from an earlier session.</source>
        <translation>
            <numerusform>%n nicht übernommener Entwurf aus einer früheren Sitzung.</numerusform>
            <numerusform>%n nicht übernommene Entwürfe aus einer früheren Sitzung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved draft of</source>
        <translation>Nicht übernommener Entwurf von</translation>
    </message>
    <message>
        <source>Unsaved draft of %1 (saved %2).</source>
        <translation>Nicht übernommener Entwurf von %1 (gespeichert %2).</translation>
    </message>
</context>
<context>
    <name>scs::ui::DraftOpener</name>
    <message>
        <source>%1 %2 was not found; the draft is kept.</source>
        <translation>%1 %2 wurde nicht gefunden; der Entwurf bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>scs::ui::DraftsDialog</name>
    <message>
        <source>Unsaved Drafts</source>
        <translation>Nicht übernommene Entwürfe</translation>
    </message>
    <message>
        <source>Edits that were not applied yet. Open one to continue, or discard it.</source>
        <translation>Bearbeitungen, die noch nicht übernommen wurden. Öffnen Sie eine, um weiterzumachen, oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
</context>
<context>
    <name>scs::ui::EditActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected object as YAML or in the form</source>
        <translation>Das ausgewählte Objekt als YAML oder im Formular bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>Create an object of the open kind from its schema or a file</source>
        <translation>Ein Objekt der geöffneten Ressourcenart aus ihrem Schema oder einer Datei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open YAML File…</source>
        <translation>YAML-Datei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Create or apply the objects of a YAML file</source>
        <translation>Die Objekte einer YAML-Datei anlegen oder übernehmen</translation>
    </message>
    <message>
        <source>&amp;Review Changes…</source>
        <translation>Änderungen &amp;prüfen …</translation>
    </message>
    <message>
        <source>Ask the server what your edit would change (dry run)</source>
        <translation>Den Server fragen, was Ihre Bearbeitung ändern würde (Probelauf, Dry-Run)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Write your edit to the server</source>
        <translation>Ihre Bearbeitung auf den Server schreiben</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Throw your edit away and show the object as the server has it</source>
        <translation>Ihre Bearbeitung verwerfen und das Objekt so zeigen, wie es auf dem Server ist</translation>
    </message>
</context>
<context>
    <name>scs::ui::EditController</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht übernommene Änderungen</translation>
    </message>
    <message>
        <source>Your changes to %1 are not applied yet.</source>
        <translation>Ihre Änderungen an %1 sind noch nicht übernommen.</translation>
    </message>
    <message>
        <source>Keep them as a draft (offered again next time), or throw them away?</source>
        <translation>Als Entwurf behalten (wird beim nächsten Mal wieder angeboten) oder verwerfen?</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>The object was deleted on the server. Applying with server-side apply would create it again.</source>
        <translation>Das Objekt wurde auf dem Server gelöscht. Übernehmen mit Server-side Apply würde es neu anlegen.</translation>
    </message>
    <message>
        <source>The object changed on the server since you began editing.</source>
        <translation>Das Objekt wurde auf dem Server geändert, seit Sie mit der Bearbeitung begonnen haben.</translation>
    </message>
    <message>
        <source>Your access rules do not allow changing this kind here</source>
        <translation>Ihre Zugriffsregeln erlauben nicht, diese Ressourcenart hier zu ändern</translation>
    </message>
    <message>
        <source>This object cannot be edited here.</source>
        <translation>Dieses Objekt kann hier nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Conflict: your draft and the server changed these lines differently</source>
        <translation>Konflikt: Ihr Entwurf und der Server haben diese Zeilen unterschiedlich geändert</translation>
    </message>
    <message>
        <source>The object changed since this draft was saved; your changes were put on top of the current version.</source>
        <translation>Das Objekt hat sich geändert, seit dieser Entwurf gespeichert wurde; Ihre Änderungen wurden auf die aktuelle Version aufgesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>The object changed since this draft was saved; %n region(s) changed on both sides are marked.</source>
        <translation>
            <numerusform>Das Objekt hat sich geändert, seit dieser Entwurf gespeichert wurde; %n auf beiden Seiten geänderter Bereich ist markiert.</numerusform>
            <numerusform>Das Objekt hat sich geändert, seit dieser Entwurf gespeichert wurde; %n auf beiden Seiten geänderte Bereiche sind markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Editing %1</source>
        <translation>Bearbeiten: %1</translation>
    </message>
    <message>
        <source>The form cannot change the text while it has a YAML error: %1</source>
        <translation>Das Formular kann den Text nicht ändern, solange er einen YAML-Fehler enthält: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Draft kept in memory only: Secrets are never written to disk.</source>
        <translation>Entwurf nur im Arbeitsspeicher gehalten: Secrets werden nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The text still has conflict markers.</source>
        <translation>Der Text enthält noch Konfliktmarkierungen.</translation>
    </message>
    <message>
        <source>Asking the server what would change (dry run)…</source>
        <translation>Der Server wird gefragt, was sich ändern würde (Probelauf) …</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird übernommen …</translation>
    </message>
    <message>
        <source>Applied your changes to %1.</source>
        <translation>Ihre Änderungen an %1 wurden übernommen.</translation>
    </message>
    <message>
        <source>Not applied: the object changed on the server. Your text is unchanged.</source>
        <translation>Nicht übernommen: Das Objekt wurde auf dem Server geändert. Ihr Text ist unverändert.</translation>
    </message>
    <message>
        <source>Conflict: you and the server changed these lines differently; keep one and remove the markers</source>
        <translation>Konflikt: Sie und der Server haben diese Zeilen unterschiedlich geändert; behalten Sie eine Fassung und entfernen Sie die Markierungen</translation>
    </message>
    <message>
        <source>Rebased onto the live object: your changes are on top of it. Review and apply again.</source>
        <translation>Auf das Live-Objekt aufgesetzt: Ihre Änderungen liegen darauf. Prüfen Sie sie und übernehmen Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Rebased onto the live object with %n conflict(s) marked; resolve them, then review again.</source>
        <translation>
            <numerusform>Auf das Live-Objekt aufgesetzt, %n Konflikt markiert; lösen Sie ihn und prüfen Sie dann erneut.</numerusform>
            <numerusform>Auf das Live-Objekt aufgesetzt, %n Konflikte markiert; lösen Sie sie und prüfen Sie dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reloaded: your changes are on top of the server&apos;s version.</source>
        <translation>Neu geladen: Ihre Änderungen liegen auf der Version des Servers.</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded with %n conflict(s) marked.</source>
        <translation>
            <numerusform>Neu geladen, %n Konflikt markiert.</numerusform>
            <numerusform>Neu geladen, %n Konflikte markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
    <message>
        <source>Open YAML File</source>
        <translation>YAML-Datei öffnen</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not applied: your edit sets fields another manager owns (%1). Your text is unchanged.</source>
        <translation>Nicht angewendet: Ihre Änderung setzt Felder, die einem anderen Verwalter gehören (%1). Ihr Text bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>scs::ui::EditMarks</name>
    <message>
        <source>Resolve this conflict: keep the lines that should stay and remove the markers</source>
        <translation>Lösen Sie diesen Konflikt: Behalten Sie die Zeilen, die bleiben sollen, und entfernen Sie die Markierungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>scs::ui::EditPage</name>
    <message>
        <source>Server-side apply</source>
        <translation>Server-side Apply</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Server-side apply: the fields you set become the console&apos;s; a field another client set differently is a conflict.
Update: the whole object, refused if anyone changed it since you began (like kubectl edit).</source>
        <translation>Server-side Apply: Die Felder, die Sie setzen, gehören danach der Konsole; ein Feld, das ein anderer Client anders gesetzt hat, ist ein Konflikt.
Update: das ganze Objekt; wird abgelehnt, wenn es jemand geändert hat, seit Sie begonnen haben (wie kubectl edit).</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Take the server&apos;s version and put your changes on top of it</source>
        <translation>Die Version des Servers nehmen und Ihre Änderungen darauf aufsetzen</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Go on with your text; a conflict shows up when you apply</source>
        <translation>Mit Ihrem Text weitermachen; ein Konflikt zeigt sich beim Übernehmen</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Art der Anwendung</translation>
    </message>
</context>
<context>
    <name>scs::ui::EventsPane</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>Events of %1 (%n)</source>
        <translation>
            <numerusform>Ereignisse von %1 (%n)</numerusform>
            <numerusform>Ereignisse von %1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scs::ui::ExecController</name>
    <message>
        <source>S&amp;hell…</source>
        <translation>S&amp;hell…</translation>
    </message>
    <message>
        <source>Open a shell in a container of the selected pod</source>
        <translation>Eine Shell in einem Container des ausgewählten Pods öffnen</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (beendet)</translation>
    </message>
</context>
<context>
    <name>scs::ui::ExecDialog</name>
    <message>
        <source>Shell in %1</source>
        <translation>Shell in %1</translation>
    </message>
    <message>
        <source>bash if the image has it, else sh</source>
        <translation>bash, wenn das Image sie hat, sonst sh</translation>
    </message>
    <message>
        <source>Other command…</source>
        <translation>Anderer Befehl…</translation>
    </message>
    <message>
        <source>e.g. /busybox/sh or python3 -i</source>
        <translation>z. B. /busybox/sh oder python3 -i</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Container:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>The command runs in the container with a terminal. A container whose image has no shell cannot open one.</source>
        <translation>Der Befehl läuft im Container mit einem Terminal. Ein Container, dessen Image keine Shell enthält, kann keine öffnen.</translation>
    </message>
    <message>
        <source>&amp;Open Shell</source>
        <translation>Shell &amp;öffnen</translation>
    </message>
    <message>
        <source>The command is empty.</source>
        <translation>Der Befehl ist leer.</translation>
    </message>
</context>
<context>
    <name>scs::ui::ExecTab</name>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>Shell in %1</source>
        <translation>Shell in %1</translation>
    </message>
    <message>
        <source>Run the command again in this terminal</source>
        <translation>Den Befehl in diesem Terminal erneut ausführen</translation>
    </message>
    <message>
        <source>(some images have no shell at all; try another container or command)</source>
        <translation>(manche Images haben gar keine Shell; versuchen Sie einen anderen Container oder Befehl)</translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>E&amp;rneut ausführen</translation>
    </message>
</context>
<context>
    <name>scs::ui::KubeconfigController</name>
    <message>
        <source>&amp;Export Kubeconfig…</source>
        <translation>Kubeconfig &amp;exportieren …</translation>
    </message>
    <message>
        <source>Write a kubeconfig that works with kubectl</source>
        <translation>Eine Kubeconfig schreiben, die mit kubectl funktioniert</translation>
    </message>
    <message>
        <source>Open &amp;Kubeconfig Context…</source>
        <translation>&amp;Kubeconfig-Kontext öffnen …</translation>
    </message>
    <message>
        <source>Open a context of a kubeconfig file as a connection</source>
        <translation>Einen Kontext einer Kubeconfig-Datei als Verbindung öffnen</translation>
    </message>
</context>
<context>
    <name>scs::ui::KubeconfigExportDialog</name>
    <message>
        <source>SCS Console (scs-console get-token)</source>
        <translation>SCS Console (scs-console get-token)</translation>
    </message>
    <message>
        <source>kubelogin (kubectl oidc-login)</source>
        <translation>kubelogin (kubectl oidc-login)</translation>
    </message>
    <message>
        <source>Make the first tenant&apos;s context the current context</source>
        <translation>Den Kontext des ersten Mandanten zum aktuellen Kontext machen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Copy kubectl Commands</source>
        <translation>kubectl-Befehle &amp;kopieren</translation>
    </message>
    <message>
        <source>Export Kubeconfig — %1</source>
        <translation>Kubeconfig exportieren — %1</translation>
    </message>
    <message>
        <source>One context per checked tenant, named &lt;tenant&gt;@%1</source>
        <translation>Ein Kontext je ausgewähltem Mandanten, benannt &lt;Mandant&gt;@%1</translation>
    </message>
    <message>
        <source>kubectl asks the console for your ID token; the console opens its sign-in window when you are not signed in.</source>
        <translation>kubectl fragt die Konsole nach Ihrem ID-Token; die Konsole öffnet ihr Anmeldefenster, wenn Sie nicht angemeldet sind.</translation>
    </message>
    <message>
        <source>kubectl signs in with the kubelogin plugin (int128/kubelogin), with the same issuer and client as the console.</source>
        <translation>kubectl meldet sich mit dem kubelogin-Plugin (int128/kubelogin) an, mit demselben Aussteller und Client wie die Konsole.</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Sign-in for kubectl</source>
        <translation>Anmeldung für kubectl</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Entries that will be written:</source>
        <translation>Einträge, die geschrieben werden:</translation>
    </message>
    <message>
        <source>Check at least one tenant.</source>
        <translation>Wählen Sie mindestens einen Mandanten aus.</translation>
    </message>
    <message>
        <source>%1 Nothing will be written.</source>
        <translation>%1 Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Replace Entries?</source>
        <translation>Einträge ersetzen?</translation>
    </message>
    <message>
        <source>%1 already has entries of the same name with other content:

%2

Replace them? The old file is kept as a backup.</source>
        <translation>%1 enthält bereits Einträge mit demselben Namen und anderem Inhalt:

%2

Ersetzen? Die alte Datei wird als Sicherungskopie aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Wrote %1 with the contexts %2.</source>
        <translation>%1 mit den Kontexten %2 geschrieben.</translation>
    </message>
    <message>
        <source>The previous file was saved as %1.</source>
        <translation>Die bisherige Datei wurde als %1 gesichert.</translation>
    </message>
    <message>
        <source>The kubectl commands are on the clipboard.</source>
        <translation>Die kubectl-Befehle sind in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>scs::ui::KubeconfigTargetPicker</name>
    <message>
        <source>Merge into the default kubeconfig (%1)</source>
        <translation>In die Standard-Kubeconfig einfügen (%1)</translation>
    </message>
    <message>
        <source>Save to a file:</source>
        <translation>In einer Datei speichern:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Path of the kubeconfig file</source>
        <translation>Pfad der Kubeconfig-Datei</translation>
    </message>
    <message>
        <source>Save Kubeconfig</source>
        <translation>Kubeconfig speichern</translation>
    </message>
    <message>
        <source>Choose the file to save to.</source>
        <translation>Wählen Sie die Datei, in der gespeichert werden soll.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>The kubeconfig %1 cannot be read: %2</source>
        <translation>Die kubeconfig %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A new file %1 is created.</source>
        <translation>Eine neue Datei %1 wird angelegt.</translation>
    </message>
    <message>
        <source>Merged into %1; its other entries stay as they are.</source>
        <translation>Wird in %1 eingefügt; die übrigen Einträge bleiben unverändert.</translation>
    </message>
    <message>
        <source>Adds: %1.</source>
        <translation>Fügt hinzu: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replaces&lt;/b&gt; (same name, different content): %1.</source>
        <translation>&lt;b&gt;Ersetzt&lt;/b&gt; (gleicher Name, anderer Inhalt): %1.</translation>
    </message>
    <message>
        <source>The file has these entries already; nothing changes.</source>
        <translation>Die Datei enthält diese Einträge bereits; nichts ändert sich.</translation>
    </message>
    <message>
        <source>The file&apos;s layout cannot be kept (flow-style lists): it is rewritten with the same content.</source>
        <translation>Das Layout der Datei kann nicht erhalten werden (Listen im Flow-Stil): Sie wird mit demselben Inhalt neu geschrieben.</translation>
    </message>
    <message>
        <source>Kubeconfig file</source>
        <translation>Kubeconfig-Datei</translation>
    </message>
</context>
<context>
    <name>scs::ui::LogsController</name>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Logs</translation>
    </message>
    <message>
        <source>Follow the log of the selected pod, or of a workload&apos;s pods</source>
        <translation>Das Log des ausgewählten Pods oder der Pods eines Workloads verfolgen</translation>
    </message>
    <message>
        <source>Logs of %1 %2</source>
        <translation>Logs von %1 %2</translation>
    </message>
    <message>
        <source>All containers</source>
        <translation>Alle Container</translation>
    </message>
</context>
<context>
    <name>scs::ui::LogsView</name>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <source>&amp;Previous instance</source>
        <translation>&amp;Vorherige Instanz</translation>
    </message>
    <message>
        <source>&amp;Timestamps</source>
        <translation>&amp;Zeitstempel</translation>
    </message>
    <message>
        <source>&amp;Wrap</source>
        <translation>&amp;Umbrechen</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>Zu&amp;rück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Keep the log open and show new lines as they are written</source>
        <translation>Das Log offen halten und neue Zeilen zeigen, sobald sie geschrieben werden</translation>
    </message>
    <message>
        <source>The log of the container&apos;s previous instance (before its last restart)</source>
        <translation>Das Log der vorherigen Instanz des Containers (vor seinem letzten Neustart)</translation>
    </message>
    <message>
        <source>How far back</source>
        <translation>Wie weit zurück</translation>
    </message>
    <message>
        <source>Last 100 lines</source>
        <translation>Letzte 100 Zeilen</translation>
    </message>
    <message>
        <source>Last 1,000 lines</source>
        <translation>Letzte 1.000 Zeilen</translation>
    </message>
    <message>
        <source>Last 10,000 lines</source>
        <translation>Letzte 10.000 Zeilen</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Everything kept</source>
        <translation>Alles Vorhandene</translation>
    </message>
    <message>
        <source>Stop scrolling; new lines are kept and counted</source>
        <translation>Nicht mehr mitlaufen; neue Zeilen werden aufbewahrt und gezählt</translation>
    </message>
    <message>
        <source>Save the lines kept to a file</source>
        <translation>Die aufbewahrten Zeilen in einer Datei speichern</translation>
    </message>
    <message>
        <source>Find in log</source>
        <translation>Im Log suchen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Container:</translation>
    </message>
    <message>
        <source>The log has ended.</source>
        <translation>Das Log ist zu Ende.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Fortse&amp;tzen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>1 matching line</source>
        <translation>1 passende Zeile</translation>
    </message>
    <message>
        <source>%1 matching lines</source>
        <translation>%1 passende Zeilen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Log speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Log-Dateien (*.log *.txt)</translation>
    </message>
    <message>
        <source>%1 lines (%2 dropped)</source>
        <translation>%1 Zeilen (%2 verworfen)</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>— paused, %1 new</source>
        <translation>– angehalten, %1 neu</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Log-Zeilen</translation>
    </message>
</context>
<context>
    <name>scs::ui::MainWindow</name>
    <message>
        <source>SCS Console</source>
        <translation>SCS Console</translation>
    </message>
    <message>
        <source>&amp;Connection Profiles…</source>
        <translation>&amp;Verbindungsprofile …</translation>
    </message>
    <message>
        <source>Add, change or remove the Central APIs you connect to</source>
        <translation>Central APIs, mit denen Sie sich verbinden, hinzufügen, ändern oder entfernen</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Sign in to the selected Central API with your Keycloak account</source>
        <translation>Mit Ihrem Keycloak-Konto bei der gewählten Central API anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>End the session and remove it from the keychain</source>
        <translation>Die Sitzung beenden und aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>&amp;YAML</source>
        <translation>&amp;YAML</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;About SCS Console</source>
        <translation>&amp;Über SCS Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>The Central API you work with</source>
        <translation>Die Central API, mit der Sie arbeiten</translation>
    </message>
    <message>
        <source>No resources yet</source>
        <translation>Noch keine Ressourcen</translation>
    </message>
    <message>
        <source>Pick a tenant and a resource kind in the tree to list its objects here.</source>
        <translation>Wählen Sie im Baum einen Mandanten und eine Ressourcenart, um deren Objekte hier aufzulisten.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select an object in the table to see its fields here.</source>
        <translation>Wählen Sie ein Objekt in der Tabelle, um seine Felder hier zu sehen.</translation>
    </message>
    <message>
        <source>Select an object in the table to see it as YAML here.</source>
        <translation>Wählen Sie ein Objekt in der Tabelle, um es hier als YAML zu sehen.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Sign in to see tenants</source>
        <translation>Anmelden, um Mandanten zu sehen</translation>
    </message>
    <message>
        <source>No connection profile</source>
        <translation>Kein Verbindungsprofil</translation>
    </message>
    <message>
        <source>Welcome to SCS Console</source>
        <translation>Willkommen bei SCS Console</translation>
    </message>
    <message>
        <source>Add a connection profile for your Central API (File &gt; Connection Profiles) to get started.</source>
        <translation>Legen Sie zu Beginn ein Verbindungsprofil für Ihre Central API an (Datei &gt; Verbindungsprofile).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Central API: %1
Issuer: %2</source>
        <translation>Central API: %1
Aussteller: %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Object</source>
        <translation>&amp;Objekt</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Filter tenants and kinds…</source>
        <translation>Mandanten und Arten filtern…</translation>
    </message>
    <message>
        <source>Select an object in the table to see its owners and the objects it owns.</source>
        <translation>Wählen Sie ein Objekt in der Tabelle, um seine Besitzer und die Objekte zu sehen, die ihm gehören.</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
    <message>
        <source>Filter the tenant tree</source>
        <translation>Den Mandantenbaum filtern</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Leiste</translation>
    </message>
</context>
<context>
    <name>scs::ui::MemberReviewDialog</name>
    <message>
        <source>Review Access Change</source>
        <translation>Zugriffsänderung prüfen</translation>
    </message>
    <message>
        <source>What the console writes</source>
        <translation>Was die Konsole schreibt</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>scs::ui::MembersView</name>
    <message>
        <source>Show &amp;Kubernetes&apos; own identities</source>
        <translation>&amp;Kubernetes-eigene Identitäten zeigen</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>Mitglied &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove Member…</source>
        <translation>Mitglied &amp;entfernen…</translation>
    </message>
    <message>
        <source>Show Kubernetes&apos; own identities</source>
        <translation>Kubernetes-eigene Identitäten zeigen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <source>A cluster-wide binding is not changed from a tenant</source>
        <translation>Eine clusterweite Bindung wird nicht aus einem Mandanten heraus geändert</translation>
    </message>
    <message>
        <source>You may not read the cluster-wide bindings (ClusterRoleBindings): members through them are not listed.</source>
        <translation>Sie dürfen die clusterweiten Bindungen (ClusterRoleBindings) nicht lesen: Mitglieder über sie werden nicht aufgeführt.</translation>
    </message>
    <message>
        <source>You may not read ClusterRoles: roles are named, not explained.</source>
        <translation>Sie dürfen ClusterRoles nicht lesen: Rollen werden genannt, nicht erklärt.</translation>
    </message>
</context>
<context>
    <name>scs::ui::NewObjectDialog</name>
    <message>
        <source>Not tried</source>
        <translation>Nicht versucht</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>New Objects</source>
        <translation>Neue Objekte</translation>
    </message>
    <message>
        <source>Edit the starting object, open a file or paste YAML; several documents (separated by ---) are created in order.</source>
        <translation>Bearbeiten Sie das Ausgangsobjekt, öffnen Sie eine Datei oder fügen Sie YAML ein; mehrere Dokumente (getrennt durch ---) werden der Reihe nach angelegt.</translation>
    </message>
    <message>
        <source>Edit the starting object, open a file or paste YAML; several documents (separated by ---) are created in order, in %1 unless a document names its namespace.</source>
        <translation>Bearbeiten Sie das Ausgangsobjekt, öffnen Sie eine Datei oder fügen Sie YAML ein; mehrere Dokumente (getrennt durch ---) werden der Reihe nach angelegt, in %1, sofern ein Dokument keinen eigenen Namespace nennt.</translation>
    </message>
    <message>
        <source>Create (fail where an object exists)</source>
        <translation>Anlegen (Fehler, wenn ein Objekt schon existiert)</translation>
    </message>
    <message>
        <source>Create or update (server-side apply)</source>
        <translation>Anlegen oder aktualisieren (Server-side Apply)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Write with:</source>
        <translation>Schreiben mit:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB; that is no YAML file for the console.</source>
        <translation>%1 ist größer als 16 MB; das ist keine YAML-Datei für die Konsole.</translation>
    </message>
    <message>
        <source>New Objects from %1</source>
        <translation>Neue Objekte aus %1</translation>
    </message>
    <message>
        <source>Open YAML File</source>
        <translation>YAML-Datei öffnen</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) failed; the others are listed with their result.</source>
        <translation>
            <numerusform>%n Dokument ist fehlgeschlagen; die anderen sind mit ihrem Ergebnis aufgeführt.</numerusform>
            <numerusform>%n Dokumente sind fehlgeschlagen; die anderen sind mit ihrem Ergebnis aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n document(s) done.</source>
        <translation>
            <numerusform>%n Dokument erledigt.</numerusform>
            <numerusform>Alle %n Dokumente erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>How to create</source>
        <translation>Art der Erstellung</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>scs::ui::NewObjectFlow</name>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
</context>
<context>
    <name>scs::ui::NewTenantCreatePage</name>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>The objects are created one after the other.</source>
        <translation>Die Objekte werden nacheinander angelegt.</translation>
    </message>
    <message>
        <source>Created objects</source>
        <translation>Angelegte Objekte</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>✔ Tenant %1 is set up. Members of %2 see it once they sign in.</source>
        <translation>✔ Der Mandant %1 ist eingerichtet. Mitglieder von %2 sehen ihn, sobald sie sich anmelden.</translation>
    </message>
    <message>
        <source>The tenant was not set up: %1</source>
        <translation>Der Mandant wurde nicht eingerichtet: %1</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt …</translation>
    </message>
</context>
<context>
    <name>scs::ui::NewTenantLimitsPage</name>
    <message>
        <source>Quota and limits</source>
        <translation>Kontingent und Limits</translation>
    </message>
    <message>
        <source>Optional. Empty fields are left out; with all empty, no ResourceQuota and no LimitRange are made.</source>
        <translation>Optional. Leere Felder werden weggelassen; sind alle leer, entstehen weder ResourceQuota noch LimitRange.</translation>
    </message>
    <message>
        <source>Cluster API clusters</source>
        <translation>Cluster-API-Cluster</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>z. B. 3</translation>
    </message>
    <message>
        <source>Cluster orders (claims)</source>
        <translation>Cluster-Bestellungen (Claims)</translation>
    </message>
    <message>
        <source>CPU requests</source>
        <translation>CPU-Anforderungen</translation>
    </message>
    <message>
        <source>e.g. 32</source>
        <translation>z. B. 32</translation>
    </message>
    <message>
        <source>Memory requests</source>
        <translation>Speicher-Anforderungen</translation>
    </message>
    <message>
        <source>e.g. 64Gi</source>
        <translation>z. B. 64Gi</translation>
    </message>
    <message>
        <source>Default CPU request</source>
        <translation>Standard-CPU-Anforderung</translation>
    </message>
    <message>
        <source>e.g. 250m</source>
        <translation>z. B. 250m</translation>
    </message>
    <message>
        <source>Default memory request</source>
        <translation>Standard-Speicher-Anforderung</translation>
    </message>
    <message>
        <source>e.g. 256Mi</source>
        <translation>z. B. 256Mi</translation>
    </message>
    <message>
        <source>Default CPU limit</source>
        <translation>Standard-CPU-Limit</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>z. B. 1</translation>
    </message>
    <message>
        <source>Default memory limit</source>
        <translation>Standard-Speicher-Limit</translation>
    </message>
    <message>
        <source>e.g. 1Gi</source>
        <translation>z. B. 1Gi</translation>
    </message>
    <message>
        <source>ResourceQuota</source>
        <translation>ResourceQuota</translation>
    </message>
    <message>
        <source>&amp;Cluster API clusters:</source>
        <translation>&amp;Cluster-API-Cluster:</translation>
    </message>
    <message>
        <source>Cluster &amp;orders (claims):</source>
        <translation>Cluster-&amp;Bestellungen (Claims):</translation>
    </message>
    <message>
        <source>C&amp;PU requests:</source>
        <translation>C&amp;PU-Anforderungen:</translation>
    </message>
    <message>
        <source>&amp;Memory requests:</source>
        <translation>&amp;Speicher-Anforderungen:</translation>
    </message>
    <message>
        <source>LimitRange (defaults for containers)</source>
        <translation>LimitRange (Standardwerte für Container)</translation>
    </message>
    <message>
        <source>CPU re&amp;quest:</source>
        <translation>CPU-Anfor&amp;derung:</translation>
    </message>
    <message>
        <source>Memory r&amp;equest:</source>
        <translation>Speicher-Anf&amp;orderung:</translation>
    </message>
    <message>
        <source>CPU &amp;limit:</source>
        <translation>CPU-&amp;Limit:</translation>
    </message>
    <message>
        <source>Memory l&amp;imit:</source>
        <translation>Speicher-L&amp;imit:</translation>
    </message>
</context>
<context>
    <name>scs::ui::NewTenantNamePage</name>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>A tenant is a namespace of the Central API. Its administrators are the members of a Keycloak group.</source>
        <translation>Ein Mandant ist ein Namespace der Central API. Seine Administratoren sind die Mitglieder einer Keycloak-Gruppe.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. tenant-c</source>
        <translation>z. B. tenant-c</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>e.g. Tenant C</source>
        <translation>z. B. Mandant C</translation>
    </message>
    <message>
        <source>Administrators (Keycloak group)</source>
        <translation>Administratoren (Keycloak-Gruppe)</translation>
    </message>
    <message>
        <source>e.g. tenant-c-admins</source>
        <translation>z. B. tenant-c-admins</translation>
    </message>
    <message>
        <source>Role of the administrators</source>
        <translation>Rolle der Administratoren</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Anzei&amp;gename:</translation>
    </message>
    <message>
        <source>&amp;Administrators (Keycloak group):</source>
        <translation>&amp;Administratoren (Keycloak-Gruppe):</translation>
    </message>
    <message>
        <source>&amp;Role (ClusterRole):</source>
        <translation>&amp;Rolle (ClusterRole):</translation>
    </message>
    <message>
        <source>The namespace gets the label scs.community/tenant and the display name as annotation scs.community/display-name, by which the console finds tenants. OpenStack credentials (a Crossplane ProviderConfig) are not set up here.</source>
        <translation>Der Namespace erhält das Label scs.community/tenant und den Anzeigenamen als Annotation scs.community/display-name, an denen die Konsole Mandanten erkennt. OpenStack-Zugangsdaten (eine Crossplane-ProviderConfig) werden hier nicht eingerichtet.</translation>
    </message>
</context>
<context>
    <name>scs::ui::NewTenantReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>This is exactly what will be created, in this order.</source>
        <translation>Genau dies wird angelegt, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Objects to create</source>
        <translation>Anzulegende Objekte</translation>
    </message>
    <message>
        <source>The server checks each object as it is created. If one is refused, the namespace is deleted again.</source>
        <translation>Der Server prüft jedes Objekt beim Anlegen. Lehnt er eines ab, wird der Namespace wieder gelöscht.</translation>
    </message>
</context>
<context>
    <name>scs::ui::NewTenantWizard</name>
    <message>
        <source>New Tenant</source>
        <translation>Neuer Mandant</translation>
    </message>
</context>
<context>
    <name>scs::ui::ObjectFormView</name>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Last Transition</source>
        <translation>Letzter Wechsel</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Erlaubt: %1</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
</context>
<context>
    <name>scs::ui::OpenKubeconfigContextDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open Kubeconfig Context</source>
        <translation>Kubeconfig-Kontext öffnen</translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation>&amp;Kubeconfig:</translation>
    </message>
    <message>
        <source>Con&amp;texts:</source>
        <translation>Kon&amp;texte:</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Meldet sich an mit</translation>
    </message>
    <message>
        <source>Choose a Kubeconfig</source>
        <translation>Kubeconfig auswählen</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>Cannot be opened</source>
        <translation>Kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>This kubeconfig has no contexts.</source>
        <translation>Diese Kubeconfig hat keine Kontexte.</translation>
    </message>
    <message>
        <source>Signing in with %1…</source>
        <translation>Anmeldung mit %1 …</translation>
    </message>
</context>
<context>
    <name>scs::ui::OrderController</name>
    <message>
        <source>&amp;Order Cluster…</source>
        <translation>Cluster &amp;bestellen …</translation>
    </message>
    <message>
        <source>Order a new Kubernetes cluster in the current tenant</source>
        <translation>Einen neuen Kubernetes-Cluster im aktuellen Mandanten bestellen</translation>
    </message>
    <message>
        <source>&amp;Clusters</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>The clusters of the current tenant, live</source>
        <translation>Die Cluster des aktuellen Mandanten, live</translation>
    </message>
    <message>
        <source>Get Kubeconfig…</source>
        <translation>Kubeconfig holen …</translation>
    </message>
    <message>
        <source>Cluster %1 in %2 is ready.</source>
        <translation>Cluster %1 in %2 ist bereit.</translation>
    </message>
    <message>
        <source>Order a new cluster in %1</source>
        <translation>Einen neuen Cluster in %1 bestellen</translation>
    </message>
    <message>
        <source>You may not order clusters in %1</source>
        <translation>Sie dürfen in %1 keine Cluster bestellen</translation>
    </message>
    <message>
        <source>Cluster %1 ordered in %2.</source>
        <translation>Cluster %1 in %2 bestellt.</translation>
    </message>
    <message>
        <source>The kubeconfig of %1 is in the Secret %2 in %3 (key &quot;kubeconfig&quot;).</source>
        <translation>Die Kubeconfig von %1 liegt im Secret %2 in %3 (Schlüssel „kubeconfig“).</translation>
    </message>
    <message>
        <source>Opening cluster %1…</source>
        <translation>Cluster %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Cluster %1 could not be opened: you are not signed in.</source>
        <translation>Cluster %1 konnte nicht geöffnet werden: Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>Cluster %1 is open.</source>
        <translation>Cluster %1 ist geöffnet.</translation>
    </message>
    <message>
        <source>Cluster %1 could not be opened: %2</source>
        <translation>Cluster %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cluster %1 does not accept your sign-in. %2 Use Get Kubeconfig… for its admin kubeconfig.</source>
        <translation>Cluster %1 akzeptiert Ihre Anmeldung nicht. %2 Verwenden Sie „Kubeconfig holen …“ für seine Admin-Kubeconfig.</translation>
    </message>
    <message>
        <source>Open with Admin Credentials</source>
        <translation>Mit Admin-Zugangsdaten öffnen</translation>
    </message>
    <message>
        <source>Cluster %1 in %2 does not accept your sign-in.</source>
        <translation>Cluster %1 in %2 akzeptiert Ihre Anmeldung nicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Admin credentials.&lt;/b&gt; The connection would use the cluster&apos;s cluster-admin client certificate and key from its Secret %1-kubeconfig: you act as the cluster&apos;s administrator, not as yourself, and signing out does not revoke it. The credential is kept in memory only.</source>
        <translation>&lt;b&gt;Admin-Zugangsdaten.&lt;/b&gt; Die Verbindung würde das Cluster-Admin-Client-Zertifikat und den Schlüssel des Clusters aus seinem Secret %1-kubeconfig verwenden: Sie handeln als Administrator des Clusters, nicht als Sie selbst, und Abmelden widerruft das nicht. Die Zugangsdaten bleiben nur im Speicher.</translation>
    </message>
    <message>
        <source>Open as Admin</source>
        <translation>Als Admin öffnen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Open Cl&amp;uster</source>
        <translation>Cl&amp;uster öffnen</translation>
    </message>
    <message>
        <source>Open the selected ready cluster beside the Central API</source>
        <translation>Den ausgewählten bereiten Cluster neben der Central API öffnen</translation>
    </message>
</context>
<context>
    <name>scs::ui::OrderOptionsPage</name>
    <message>
        <source>This order has no further options.</source>
        <translation>Diese Bestellung hat keine weiteren Optionen.</translation>
    </message>
    <message>
        <source>Use the Console&apos;s &amp;Sign-In (OIDC)</source>
        <translation>&amp;Anmeldung der Konsole verwenden (OIDC)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Settings of the cluster. Fields with * are required; hover a field for its description.</source>
        <translation>Einstellungen des Clusters. Felder mit * sind Pflichtfelder; zeigen Sie mit der Maus auf ein Feld, um seine Beschreibung zu sehen.</translation>
    </message>
    <message>
        <source>Sets the OIDC issuer and client of the new cluster to those of this Central API, so that the same sign-in works there.</source>
        <translation>Setzt OIDC-Aussteller und -Client des neuen Clusters auf die dieser Central API, damit dort dieselbe Anmeldung funktioniert.</translation>
    </message>
</context>
<context>
    <name>scs::ui::OrderReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>This is exactly what will be submitted. You may edit it; it is checked again as you type.</source>
        <translation>Genau dies wird abgeschickt. Sie können es bearbeiten; es wird während der Eingabe erneut geprüft.</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Abschicken</translation>
    </message>
    <message>
        <source>The YAML does not parse: %1</source>
        <translation>Das YAML lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>The YAML must be one object (a mapping).</source>
        <translation>Das YAML muss genau ein Objekt sein (eine Map).</translation>
    </message>
    <message>
        <source>Fix the problems below before submitting; nothing was sent.</source>
        <translation>Beheben Sie vor dem Abschicken die unten genannten Probleme; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Checking with the Central API (dry run)…</source>
        <translation>Prüfung bei der Central API (Probelauf) …</translation>
    </message>
    <message>
        <source>✔ The Central API accepts this order (dry run).</source>
        <translation>✔ Die Central API nimmt diese Bestellung an (Probelauf).</translation>
    </message>
    <message>
        <source>The Central API refuses this order (dry run): %1</source>
        <translation>Die Central API lehnt diese Bestellung ab (Probelauf): %1</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>A quota of %1 does not allow this order; nothing was sent. Ask a platform operator to raise it, or remove a cluster first.</source>
        <translation>Ein Kontingent von %1 lässt diese Bestellung nicht zu; es wurde nichts gesendet. Bitten Sie einen Plattform-Betreiber, es zu erhöhen, oder entfernen Sie zuerst einen Cluster.</translation>
    </message>
</context>
<context>
    <name>scs::ui::OrderSizePage</name>
    <message>
        <source>Worker pools</source>
        <translation>Worker-Pools</translation>
    </message>
    <message>
        <source>&amp;Add Worker Pool</source>
        <translation>Worker-Pool &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Flavors</source>
        <translation>Flavors</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>How many control plane nodes, which worker pools, and their flavors.</source>
        <translation>Wie viele Control-Plane-Knoten, welche Worker-Pools und deren Flavors.</translation>
    </message>
    <message>
        <source>&amp;Control plane nodes *</source>
        <translation>&amp;Control-Plane-Knoten *</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this worker pool</source>
        <translation>Diesen Worker-Pool entfernen</translation>
    </message>
    <message>
        <source>Worker pools: %1</source>
        <translation>Worker-Pools: %1</translation>
    </message>
    <message>
        <source>Worker pool %1: name</source>
        <translation>Worker-Pool %1: Name</translation>
    </message>
    <message>
        <source>Worker pool %1: class</source>
        <translation>Worker-Pool %1: Klasse</translation>
    </message>
    <message>
        <source>Worker pool %1: nodes</source>
        <translation>Worker-Pool %1: Knoten</translation>
    </message>
    <message>
        <source>Worker pool %1: failure domain</source>
        <translation>Worker-Pool %1: Failure Domain</translation>
    </message>
    <message>
        <source>Remove worker pool %1</source>
        <translation>Worker-Pool %1 entfernen</translation>
    </message>
    <message>
        <source>Autoscaling (min–max)</source>
        <translation>Autoskalierung (min–max)</translation>
    </message>
    <message>
        <source>The Cluster API autoscaler sizes the pool between the minimum and the maximum; the node count is then left to it.</source>
        <translation>Der Cluster-API-Autoscaler bemisst den Pool zwischen Minimum und Maximum; die Knotenzahl bleibt dann ihm überlassen.</translation>
    </message>
    <message>
        <source>Let the autoscaler size this pool</source>
        <translation>Diesen Pool vom Autoscaler bemessen lassen</translation>
    </message>
    <message>
        <source>Autoscale pool %1</source>
        <translation>Pool %1 automatisch skalieren</translation>
    </message>
    <message>
        <source>Minimum nodes</source>
        <translation>Mindestzahl Knoten</translation>
    </message>
    <message>
        <source>Maximum nodes</source>
        <translation>Höchstzahl Knoten</translation>
    </message>
    <message>
        <source>Worker pool %1: minimum nodes</source>
        <translation>Worker-Pool %1: Mindestzahl Knoten</translation>
    </message>
    <message>
        <source>Worker pool %1: maximum nodes</source>
        <translation>Worker-Pool %1: Höchstzahl Knoten</translation>
    </message>
</context>
<context>
    <name>scs::ui::OrderSubmitPage</name>
    <message>
        <source>Follow in Clusters View</source>
        <translation>In der Cluster-Ansicht verfolgen</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Abschicken</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Watch the cluster&apos;s phases and conditions until it is ready.</source>
        <translation>Phasen und Bedingungen des Clusters beobachten, bis er bereit ist.</translation>
    </message>
    <message>
        <source>Submitting %1 to tenant %2…</source>
        <translation>%1 wird an den Mandanten %2 geschickt …</translation>
    </message>
    <message>
        <source>%1 was ordered in tenant %2. The Central API is provisioning it now.</source>
        <translation>%1 wurde im Mandanten %2 bestellt. Die Central API stellt ihn jetzt bereit.</translation>
    </message>
    <message>
        <source>The Central API refused the order: %1</source>
        <translation>Die Central API hat die Bestellung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The Central API refused the order: %1
Go Back to correct it.</source>
        <translation>Die Central API hat die Bestellung abgelehnt: %1
Korrigieren Sie sie über „Zurück“.</translation>
    </message>
</context>
<context>
    <name>scs::ui::OrderTenantPage</name>
    <message>
        <source>Where and what</source>
        <translation>Wo und was</translation>
    </message>
    <message>
        <source>Pick the tenant the cluster belongs to and what to order there.</source>
        <translation>Wählen Sie den Mandanten, zu dem der Cluster gehört, und was dort bestellt werden soll.</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Bestellung:</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>Versionen: %1</translation>
    </message>
    <message>
        <source>Cluster Stack %1</source>
        <translation>Cluster Stack %1</translation>
    </message>
    <message>
        <source>Kubernetes %1</source>
        <translation>Kubernetes %1</translation>
    </message>
    <message>
        <source>%1: Kubernetes %2 (class %3)</source>
        <translation>%1: Kubernetes %2 (Klasse %3)</translation>
    </message>
    <message>
        <source>Other ClusterClasses (version typed in)</source>
        <translation>Weitere ClusterClasses (Version wird eingegeben)</translation>
    </message>
    <message>
        <source>What to order</source>
        <translation>Was bestellt wird</translation>
    </message>
</context>
<context>
    <name>scs::ui::OrderVersionPage</name>
    <message>
        <source>Name and Kubernetes version</source>
        <translation>Name und Kubernetes-Version</translation>
    </message>
    <message>
        <source>The name is unique in the tenant; the versions are those the class or the Central API offers.</source>
        <translation>Der Name ist im Mandanten eindeutig; zur Wahl stehen die Versionen, die die Klasse oder die Central API anbietet.</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and &apos;-&apos;, at most 63 characters.</source>
        <translation>Kleinbuchstaben, Ziffern und „-“, höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>Kubernetes &amp;version *</source>
        <translation>Kubernetes-&amp;Version *</translation>
    </message>
    <message>
        <source>Offered: %1</source>
        <translation>Angeboten: %1</translation>
    </message>
    <message>
        <source>The Cluster Stack release %1 (stack %2, version %3) builds Kubernetes %4.</source>
        <translation>Das Cluster-Stack-Release %1 (Stack %2, Version %3) baut Kubernetes %4.</translation>
    </message>
    <message>
        <source>No Cluster Stack release names this class&apos;s versions: enter one (vMAJOR.MINOR.PATCH, e.g. v1.33.5); the Central API decides whether it can build it.</source>
        <translation>Kein Cluster-Stack-Release nennt die Versionen dieser Klasse: bitte eine eingeben (vMAJOR.MINOR.PATCH, etwa v1.33.5); die Central API entscheidet, ob sie sie bauen kann.</translation>
    </message>
    <message>
        <source>Cluster n&amp;ame *</source>
        <translation>Cluster&amp;name *</translation>
    </message>
</context>
<context>
    <name>scs::ui::OrderWizard</name>
    <message>
        <source>%1 (SCS Central API claim)</source>
        <translation>%1 (Claim der SCS Central API)</translation>
    </message>
    <message>
        <source>%1 (Cluster API, class %2)</source>
        <translation>%1 (Cluster API, Klasse %2)</translation>
    </message>
    <message>
        <source>Order Cluster</source>
        <translation>Cluster bestellen</translation>
    </message>
    <message>
        <source>&amp;Review Order</source>
        <translation>Bestellung &amp;prüfen</translation>
    </message>
    <message>
        <source>Go straight to the review with what is filled in now</source>
        <translation>Mit den bisherigen Angaben direkt zur Prüfung gehen</translation>
    </message>
    <message>
        <source>No tenant is known yet: sign in and wait for the tenants to load.</source>
        <translation>Noch ist kein Mandant bekannt: Melden Sie sich an und warten Sie, bis die Mandanten geladen sind.</translation>
    </message>
    <message>
        <source>Checking where you may order clusters…</source>
        <translation>Es wird geprüft, wo Sie Cluster bestellen dürfen …</translation>
    </message>
    <message>
        <source>You may not order clusters in any of your tenants (%1).</source>
        <translation>Sie dürfen in keinem Ihrer Mandanten Cluster bestellen (%1).</translation>
    </message>
    <message>
        <source>Looking up what can be ordered in %1…</source>
        <translation>Es wird ermittelt, was in %1 bestellt werden kann …</translation>
    </message>
    <message>
        <source>Could not find out what can be ordered in %1: %2</source>
        <translation>Es konnte nicht ermittelt werden, was in %1 bestellt werden kann: %2</translation>
    </message>
    <message>
        <source>The Central API offers nothing to order in %1 (no cluster claim and no ClusterClass).</source>
        <translation>Die Central API bietet in %1 nichts zum Bestellen an (keinen Cluster-Claim und keine ClusterClass).</translation>
    </message>
    <message numerus="yes">
        <source>%n order type(s) in %1.</source>
        <translation>
            <numerusform>%n Bestellart in %1.</numerusform>
            <numerusform>%n Bestellarten in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard Order?</source>
        <translation>Bestellung verwerfen?</translation>
    </message>
    <message>
        <source>Discard this order? What you filled in is lost.</source>
        <translation>Diese Bestellung verwerfen? Ihre Eingaben gehen verloren.</translation>
    </message>
    <message>
        <source>&amp;Discard Order</source>
        <translation>Bestellung &amp;verwerfen</translation>
    </message>
    <message>
        <source>Continue &amp;Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Fill the order in from a saved order template (YAML)</source>
        <translation>Die Bestellung aus einer gespeicherten Bestellvorlage (YAML) ausfüllen</translation>
    </message>
    <message>
        <source>Save this order, without its name and tenant, as a YAML template</source>
        <translation>Diese Bestellung ohne Namen und Mandant als YAML-Vorlage speichern</translation>
    </message>
    <message>
        <source>%1 does not offer the class of the cluster to order like; the order starts from the defaults.</source>
        <translation>%1 bietet die Klasse des Vorbild-Clusters nicht an; die Bestellung beginnt mit den Standardwerten.</translation>
    </message>
    <message>
        <source>Order Template</source>
        <translation>Bestellvorlage</translation>
    </message>
    <message>
        <source>Open Order Template</source>
        <translation>Bestellvorlage öffnen</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Order Template</source>
        <translation>Bestellvorlage speichern</translation>
    </message>
    <message>
        <source>O&amp;pen Template…</source>
        <translation>Vorlage ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Save Temp&amp;late…</source>
        <translation>Als Vorlage spei&amp;chern …</translation>
    </message>
</context>
<context>
    <name>scs::ui::PaletteController</name>
    <message>
        <source>Find &amp;Anything…</source>
        <translation>&amp;Alles finden…</translation>
    </message>
    <message>
        <source>&amp;Pin to Favourites</source>
        <translation>Als Favorit &amp;merken</translation>
    </message>
    <message>
        <source>Go to a tenant, kind, object or command by typing part of its name</source>
        <translation>Zu einem Mandanten, einer Ressourcenart, einem Objekt oder Befehl springen, indem Sie einen Teil des Namens eingeben</translation>
    </message>
    <message>
        <source>Pin the selected object or kind, so that Find Anything lists it first</source>
        <translation>Das ausgewählte Objekt oder die Ressourcenart merken, damit „Alles finden“ es zuerst anzeigt</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>There is no kind called &quot;%1&quot;.</source>
        <translation>Es gibt keine Ressourcenart „%1“.</translation>
    </message>
    <message>
        <source>Type kind/name or tenant/kind/name.</source>
        <translation>Geben Sie Art/Name oder Mandant/Art/Name ein.</translation>
    </message>
    <message>
        <source>cluster scope</source>
        <translation>clusterweitem Bereich</translation>
    </message>
    <message>
        <source>Looking for %1 &quot;%2&quot; in %3…</source>
        <translation>Suche %1 „%2“ in %3…</translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot; in %3.</source>
        <translation>In %3 gibt es kein %1 „%2“.</translation>
    </message>
    <message>
        <source>You may not read %1 &quot;%2&quot; in %3.</source>
        <translation>Sie dürfen %1 „%2“ in %3 nicht lesen.</translation>
    </message>
    <message>
        <source>Commands cannot be pinned.</source>
        <translation>Befehle können nicht gemerkt werden.</translation>
    </message>
    <message>
        <source>Pinned %1.</source>
        <translation>%1 gemerkt.</translation>
    </message>
    <message>
        <source>Unpinned %1.</source>
        <translation>%1 nicht mehr gemerkt.</translation>
    </message>
    <message>
        <source>Pinned %1 to the favourites.</source>
        <translation>%1 zu den Favoriten hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed %1 from the favourites.</source>
        <translation>%1 aus den Favoriten entfernt.</translation>
    </message>
</context>
<context>
    <name>scs::ui::PalettePopup</name>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Find anything</source>
        <translation>Alles finden</translation>
    </message>
    <message>
        <source>Tenants, kinds, objects, commands, or tenant/kind/name</source>
        <translation>Mandanten, Arten, Objekte, Befehle oder Mandant/Art/Name</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Enter: open · Ctrl+Shift+D: pin or unpin · Esc: close</source>
        <translation>Eingabe: öffnen · Strg+Umschalt+D: merken oder nicht mehr merken · Esc: schließen</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
</context>
<context>
    <name>scs::ui::PortForwardController</name>
    <message>
        <source>Port &amp;Forward…</source>
        <translation>Port&amp;weiterleitung…</translation>
    </message>
    <message>
        <source>Port For&amp;wards</source>
        <translation>Port&amp;weiterleitungen</translation>
    </message>
    <message>
        <source>Forward a local port to the selected pod or Service</source>
        <translation>Einen lokalen Port zum ausgewählten Pod oder Service weiterleiten</translation>
    </message>
    <message>
        <source>Show the active port forwards</source>
        <translation>Die aktiven Portweiterleitungen zeigen</translation>
    </message>
    <message>
        <source>Port Forwards</source>
        <translation>Portweiterleitungen</translation>
    </message>
</context>
<context>
    <name>scs::ui::PortForwardDialog</name>
    <message>
        <source>Port Forward</source>
        <translation>Portweiterleitung</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <translation>%1 (zu %2)</translation>
    </message>
    <message>
        <source>%1 (%2, to %3)</source>
        <translation>%1 (%2, zu %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Port number</source>
        <translation>Portnummer</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>Forward a local port to Service %1 (to one of its running pods, chosen now).</source>
        <translation>Einen lokalen Port zu Service %1 weiterleiten (zu einem seiner laufenden Pods, jetzt gewählt).</translation>
    </message>
    <message>
        <source>Forward a local port to pod %1.</source>
        <translation>Einen lokalen Port zu Pod %1 weiterleiten.</translation>
    </message>
    <message>
        <source>&amp;Remote port:</source>
        <translation>&amp;Entfernter Port:</translation>
    </message>
    <message>
        <source>&amp;Local port (127.0.0.1):</source>
        <translation>&amp;Lokaler Port (127.0.0.1):</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Weiterleiten</translation>
    </message>
    <message>
        <source>Type the port to forward to (1-65535).</source>
        <translation>Den Zielport eingeben (1-65535).</translation>
    </message>
    <message>
        <source>Local port %1 is already in use; %2 is free.</source>
        <translation>Der lokale Port %1 ist schon belegt; %2 ist frei.</translation>
    </message>
    <message>
        <source>Local port %1 is already in use.</source>
        <translation>Der lokale Port %1 ist schon belegt.</translation>
    </message>
    <message>
        <source>A free local port is picked when the forward starts.</source>
        <translation>Beim Start der Weiterleitung wird ein freier lokaler Port gewählt.</translation>
    </message>
    <message>
        <source>http://127.0.0.1:%1 will reach port %2.</source>
        <translation>http://127.0.0.1:%1 erreicht Port %2.</translation>
    </message>
</context>
<context>
    <name>scs::ui::PortForwardList</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>Beendete &amp;entfernen</translation>
    </message>
    <message>
        <source>Stop the selected forward: its local port closes</source>
        <translation>Die ausgewählte Weiterleitung beenden: ihr lokaler Port wird geschlossen</translation>
    </message>
    <message>
        <source>Copy the local address (127.0.0.1:port)</source>
        <translation>Die lokale Adresse kopieren (127.0.0.1:Port)</translation>
    </message>
    <message>
        <source>Remove stopped and failed forwards from the list</source>
        <translation>Beendete und fehlgeschlagene Weiterleitungen aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Port forwards</source>
        <translation>Portweiterleitungen</translation>
    </message>
    <message>
        <source>Open http://127.0.0.1:port/ (https for 443 and 8443) in the browser</source>
        <translation>http://127.0.0.1:Port/ im Browser öffnen (https bei 443 und 8443)</translation>
    </message>
</context>
<context>
    <name>scs::ui::ProfileDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Import from Kubeconfig…</source>
        <translation>Aus Kubeconfig &amp;importieren …</translation>
    </message>
    <message>
        <source>Read the Central API and the OIDC settings from a kubeconfig whose user signs in with kubelogin</source>
        <translation>Central API und OIDC-Einstellungen aus einer Kubeconfig lesen, deren Benutzer sich mit kubelogin anmeldet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>for example Production</source>
        <translation>zum Beispiel Produktion</translation>
    </message>
    <message>
        <source>How this Central API is called in the console and in kubeconfig contexts.</source>
        <translation>Wie diese Central API in der Konsole und in Kubeconfig-Kontexten heißt.</translation>
    </message>
    <message>
        <source>Central &amp;API URL:</source>
        <translation>URL der Central &amp;API:</translation>
    </message>
    <message>
        <source>The Kubernetes API server of the Central API.</source>
        <translation>Der Kubernetes-API-Server der Central API.</translation>
    </message>
    <message>
        <source>OIDC &amp;issuer URL:</source>
        <translation>URL des OIDC-&amp;Ausstellers:</translation>
    </message>
    <message>
        <source>The Keycloak realm that the Central API trusts.</source>
        <translation>Der Keycloak-Realm, dem die Central API vertraut.</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>The OIDC client the Central API accepts tokens for.</source>
        <translation>Der OIDC-Client, für den die Central API Tokens annimmt.</translation>
    </message>
    <message>
        <source>Extra &amp;scopes:</source>
        <translation>Zusätzliche &amp;Scopes:</translation>
    </message>
    <message>
        <source>optional, for example offline_access</source>
        <translation>optional, zum Beispiel offline_access</translation>
    </message>
    <message>
        <source>Scopes requested besides openid, separated by blanks.</source>
        <translation>Scopes, die zusätzlich zu openid angefordert werden, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>S&amp;ystem trust store</source>
        <translation>Zertifikatsspeicher des S&amp;ystems</translation>
    </message>
    <message>
        <source>PEM &amp;file:</source>
        <translation>PEM-&amp;Datei:</translation>
    </message>
    <message>
        <source>/path/to/ca.pem</source>
        <translation>/pfad/zu/ca.pem</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen …</translation>
    </message>
    <message>
        <source>CA bundle:</source>
        <translation>CA-Bundle:</translation>
    </message>
    <message>
        <source>Certificates that sign the Central API&apos;s and the issuer&apos;s TLS certificates.</source>
        <translation>Zertifikate, die die TLS-Zertifikate der Central API und des Ausstellers signieren.</translation>
    </message>
    <message>
        <source>&amp;Tenants:</source>
        <translation>&amp;Mandanten:</translation>
    </message>
    <message>
        <source>optional, for example tenant-a</source>
        <translation>optional, zum Beispiel tenant-a</translation>
    </message>
    <message>
        <source>Tenant namespaces to show when your account may not list namespaces.</source>
        <translation>Mandanten-Namespaces, die angezeigt werden, wenn Ihr Konto keine Namespaces auflisten darf.</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Choose a CA Bundle</source>
        <translation>CA-Bundle auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Profile Not Saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the connection profile &quot;%1&quot;? Kubeconfigs exported from it stop working until you add it again.</source>
        <translation>Das Verbindungsprofil „%1“ entfernen? Daraus exportierte Kubeconfigs funktionieren erst wieder, wenn Sie es erneut anlegen.</translation>
    </message>
    <message>
        <source>Profile Not Removed</source>
        <translation>Profil nicht entfernt</translation>
    </message>
    <message>
        <source>Import from Kubeconfig</source>
        <translation>Aus Kubeconfig importieren</translation>
    </message>
    <message>
        <source>Kubeconfig files (*)</source>
        <translation>Kubeconfig-Dateien (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This kubeconfig names several Central APIs. Which one do you want to import?</source>
        <translation>Diese Kubeconfig nennt mehrere Central APIs. Welche möchten Sie importieren?</translation>
    </message>
    <message>
        <source>Imported from %1. Check the fields and save.</source>
        <translation>Aus %1 importiert. Prüfen Sie die Felder und speichern Sie.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The profile has changes that are not saved. Save them?</source>
        <translation>Das Profil hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Choose a PEM file, or use the system trust store.</source>
        <translation>Wählen Sie eine PEM-Datei oder verwenden Sie den Zertifikatsspeicher des Systems.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>&amp;Username prefix:</source>
        <translation>Präfix für &amp;Benutzernamen:</translation>
    </message>
    <message>
        <source>empty for none, for example oidc:</source>
        <translation>leer für keines, zum Beispiel oidc:</translation>
    </message>
    <message>
        <source>What the Central API puts before user names from the token (kube-apiserver&apos;s --oidc-username-prefix); members are bound with it.</source>
        <translation>Was die Central API vor Benutzernamen aus dem Token setzt (--oidc-username-prefix von kube-apiserver); Mitglieder werden damit gebunden.</translation>
    </message>
    <message>
        <source>&amp;Groups prefix:</source>
        <translation>Präfix für &amp;Gruppen:</translation>
    </message>
    <message>
        <source>What the Central API puts before group names from the token (kube-apiserver&apos;s --oidc-groups-prefix); groups are bound with it.</source>
        <translation>Was die Central API vor Gruppennamen aus dem Token setzt (--oidc-groups-prefix von kube-apiserver); Gruppen werden damit gebunden.</translation>
    </message>
</context>
<context>
    <name>scs::ui::QuotaOverview</name>
    <message>
        <source>Quotas</source>
        <translation>Kontingente</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Quota %1: %2</source>
        <translation>Kontingent %1: %2</translation>
    </message>
    <message>
        <source>Used up: nothing more of this can be created.</source>
        <translation>Ausgeschöpft: davon kann nichts mehr angelegt werden.</translation>
    </message>
    <message>
        <source>Quota &apos;%1&apos; in %2</source>
        <translation>Kontingent „%1“ in %2</translation>
    </message>
    <message>
        <source>Quotas in %1</source>
        <translation>Kontingente in %1</translation>
    </message>
</context>
<context>
    <name>scs::ui::RelatedObjectsPane</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Owned objects</source>
        <translation>Abhängige Objekte</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>the open table (%n row(s))</source>
        <translation>
            <numerusform>der offenen Tabelle (%n Zeile)</numerusform>
            <numerusform>der offenen Tabelle (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (first %2 only)</source>
        <translation>%1 (nur die ersten %2)</translation>
    </message>
    <message>
        <source>%1 (could not be listed)</source>
        <translation>%1 (konnte nicht aufgelistet werden)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>wird gesucht…</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Owned objects: nothing searched for this kind.</source>
        <translation>Abhängige Objekte: für diese Art wird nichts durchsucht.</translation>
    </message>
    <message>
        <source>Owned objects searched in: %1.</source>
        <translation>Abhängige Objekte gesucht in: %1.</translation>
    </message>
</context>
<context>
    <name>scs::ui::ResourceStatusProxy</name>
    <message>
        <source>Terminating</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Terminating since %1</source>
        <translation>Wird beendet seit %1</translation>
    </message>
    <message>
        <source>Terminating since %1, waiting for: %2</source>
        <translation>Wird beendet seit %1, wartet auf: %2</translation>
    </message>
</context>
<context>
    <name>scs::ui::ResourceTableView</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Shows only rows with this text in any column</source>
        <translation>Zeigt nur Zeilen, die diesen Text in einer Spalte enthalten</translation>
    </message>
    <message>
        <source>Label selector, e.g. app=web,tier!=db</source>
        <translation>Label-Selektor, z. B. app=web,tier!=db</translation>
    </message>
    <message>
        <source>Asks the server only for objects with these labels (Enter applies)</source>
        <translation>Fragt den Server nur nach Objekten mit diesen Labels (Eingabetaste wendet an)</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n object(s)</source>
        <translation>
            <numerusform>%1 von %n Objekt</numerusform>
            <numerusform>%1 von %n Objekten</numerusform>
        </translation>
    </message>
    <message>
        <source>Label selector</source>
        <translation>Label-Selektor</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>The connection to the Central API was lost: these rows are what was known then. They are brought up to date when it is back.</source>
        <translation>Die Verbindung zur Central API ist unterbrochen: Diese Zeilen zeigen den Stand von damals. Sie werden aktualisiert, sobald sie wieder besteht.</translation>
    </message>
    <message>
        <source>Stale since %1</source>
        <translation>Veraltet seit %1</translation>
    </message>
</context>
<context>
    <name>scs::ui::ReviewDialog</name>
    <message>
        <source>Server-side apply (field manager scs-console)</source>
        <translation>Server-side Apply (Field-Manager scs-console)</translation>
    </message>
    <message>
        <source>Update (replace the object, only if nobody changed it since you began)</source>
        <translation>Update (ersetzt das Objekt, nur wenn es seit Ihrem Beginn niemand geändert hat)</translation>
    </message>
    <message>
        <source>Review Changes to %1</source>
        <translation>Änderungen an %1 prüfen</translation>
    </message>
    <message>
        <source>The server&apos;s dry run of your edit: what would change in %1, defaults the server fills in included.</source>
        <translation>Probelauf Ihrer Bearbeitung auf dem Server: was sich an %1 ändern würde, einschließlich der Standardwerte, die der Server ergänzt.</translation>
    </message>
    <message>
        <source>The fields your text names become the console&apos;s. A field someone else set differently is reported as a conflict, never taken silently.</source>
        <translation>Die Felder, die Ihr Text nennt, gehören danach der Konsole. Ein Feld, das jemand anders gesetzt hat, wird als Konflikt gemeldet und nie stillschweigend übernommen.</translation>
    </message>
    <message>
        <source>Sends the whole object with the resourceVersion you began from: refused if anyone changed the object in between.</source>
        <translation>Sendet das ganze Objekt mit der resourceVersion, von der Sie ausgegangen sind: wird abgelehnt, wenn jemand das Objekt zwischenzeitlich geändert hat.</translation>
    </message>
    <message>
        <source>Write with</source>
        <translation>Schreiben mit</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Back to Editing</source>
        <translation>Zurück zur Bearbeitung</translation>
    </message>
    <message>
        <source>Nothing to apply</source>
        <translation>Nichts zu übernehmen</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird übernommen …</translation>
    </message>
</context>
<context>
    <name>scs::ui::ScaleClusterDialog</name>
    <message>
        <source>Scale %1</source>
        <translation>%1 skalieren</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>&amp;Skalieren</translation>
    </message>
    <message>
        <source>Worker &amp;pool:</source>
        <translation>Worker-&amp;Pool:</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>How many worker nodes should the pool have?</source>
        <translation>Wie viele Worker-Knoten soll der Pool haben?</translation>
    </message>
    <message>
        <source>&amp;Autoscale between a minimum and a maximum</source>
        <translation>&amp;Automatisch skalieren zwischen Minimum und Maximum</translation>
    </message>
    <message>
        <source>The Cluster API autoscaler adds and removes nodes within the bounds; the pool&apos;s node count is then left to it.</source>
        <translation>Der Cluster-API-Autoscaler fügt innerhalb der Grenzen Knoten hinzu und entfernt sie; die Knotenzahl des Pools bleibt dann ihm überlassen.</translation>
    </message>
    <message>
        <source>M&amp;inimum nodes:</source>
        <translation>M&amp;indestzahl Knoten:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum nodes:</source>
        <translation>Hö&amp;chstzahl Knoten:</translation>
    </message>
    <message>
        <source>The maximum must not be below the minimum.</source>
        <translation>Das Maximum darf nicht unter dem Minimum liegen.</translation>
    </message>
</context>
<context>
    <name>scs::ui::SchemaForm</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Pattern: %1</source>
        <translation>Muster: %1</translation>
    </message>
    <message>
        <source>Range: %1 to %2</source>
        <translation>Bereich: %1 bis %2</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
</context>
<context>
    <name>scs::ui::SessionController</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Restoring session…</source>
        <translation>Sitzung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Sign in to see tenants</source>
        <translation>Anmelden, um Mandanten zu sehen</translation>
    </message>
    <message>
        <source>%1 · session %2 min left</source>
        <translation>%1 · Sitzung noch %2 min</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Session ends at %1 unless used</source>
        <translation>Sitzung endet um %1, wenn sie nicht genutzt wird</translation>
    </message>
    <message>
        <source>Token renewed automatically; valid until %1</source>
        <translation>Token wird automatisch erneuert; gültig bis %1</translation>
    </message>
    <message>
        <source>The embedded sign-in browser cannot run as the root user with its sandbox on, so the sign-in continues in your web browser. Run the console as a normal user, or start it with --no-sandbox to sign in inside it without the sandbox.</source>
        <translation>Der eingebettete Anmeldebrowser kann mit eingeschalteter Sandbox nicht als Benutzer root laufen, daher wird die Anmeldung in Ihrem Webbrowser fortgesetzt. Starten Sie die Konsole als normaler Benutzer oder mit --no-sandbox, um sich ohne Sandbox in ihr anzumelden.</translation>
    </message>
    <message>
        <source>%1. The sign-in continues in your web browser.</source>
        <translation>%1. Die Anmeldung geht in Ihrem Webbrowser weiter.</translation>
    </message>
</context>
<context>
    <name>scs::ui::SignInWindow</name>
    <message>
        <source>Sign In to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>&amp;Stay signed in on this computer</source>
        <translation>Auf diesem Computer angemeldet &amp;bleiben</translation>
    </message>
    <message>
        <source>Keep the sign-in server&apos;s cookies on disk, so that the next sign-in may not ask for your password.</source>
        <translation>Die Cookies des Anmeldeservers auf der Festplatte behalten, damit die nächste Anmeldung eventuell nicht nach dem Passwort fragt.</translation>
    </message>
    <message>
        <source>Use System &amp;Browser</source>
        <translation>System&amp;browser verwenden</translation>
    </message>
    <message>
        <source>Sign in with your default web browser instead</source>
        <translation>Stattdessen mit Ihrem Standard-Webbrowser anmelden</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded from %1. Is the sign-in server running?</source>
        <translation>Die Anmeldeseite konnte nicht von %1 geladen werden. Läuft der Anmeldeserver?</translation>
    </message>
    <message>
        <source>The sign-in page tried to open %1 without encryption; the console refused it.</source>
        <translation>Die Anmeldeseite wollte %1 unverschlüsselt öffnen; die Konsole hat das abgelehnt.</translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted and its certificate is trusted.</source>
        <translation>Die Verbindung zu %1 ist verschlüsselt, und ihrem Zertifikat wird vertraut.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2), so the console did not open the page. If your organisation signs its servers with its own CA, add that CA bundle to the connection profile.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2), daher hat die Konsole die Seite nicht geöffnet. Wenn Ihre Organisation ihre Server mit einer eigenen CA signiert, fügen Sie dieses CA-Bundle dem Verbindungsprofil hinzu.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, not even by the profile&apos;s CA bundle (%2). The console did not open the page.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut, auch nicht vom CA-Bundle des Profils (%2). Die Konsole hat die Seite nicht geöffnet.</translation>
    </message>
    <message>
        <source>another certificate was presented</source>
        <translation>ein anderes Zertifikat wurde vorgelegt</translation>
    </message>
    <message>
        <source>TLS verified (profile CA)</source>
        <translation>TLS geprüft (CA des Profils)</translation>
    </message>
    <message>
        <source>TLS verified</source>
        <translation>TLS geprüft</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The console refused the certificate of %1.</source>
        <translation>Die Konsole hat das Zertifikat von %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut …</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>This sign-in page runs without Chromium&apos;s sandbox (--no-sandbox), so a flaw in the browser engine is less contained. Sign in only to a server you trust, or run the console as a normal user.</source>
        <translation>Diese Anmeldeseite läuft ohne die Sandbox von Chromium (--no-sandbox), ein Fehler in der Browser-Engine ist daher weniger eingedämmt. Melden Sie sich nur bei einem Server an, dem Sie vertrauen, oder starten Sie die Konsole als normaler Benutzer.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>scs::ui::SystemBrowserAgent</name>
    <message>
        <source>No web browser could be started. Sign in with the embedded window instead.</source>
        <translation>Es konnte kein Webbrowser gestartet werden. Melden Sie sich stattdessen im eingebetteten Fenster an.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Continue the sign-in in your web browser. This window closes by itself when you are done.</source>
        <translation>Setzen Sie die Anmeldung in Ihrem Webbrowser fort. Dieses Fenster schließt sich von selbst, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>No web browser could be started, and the embedded sign-in cannot run as the root user with its sandbox on. Run the console as a normal user, or start it with --no-sandbox.</source>
        <translation>Es konnte kein Webbrowser gestartet werden, und die eingebettete Anmeldung kann mit eingeschalteter Sandbox nicht als Benutzer root laufen. Starten Sie die Konsole als normaler Benutzer oder mit --no-sandbox.</translation>
    </message>
</context>
<context>
    <name>scs::ui::TenantsController</name>
    <message>
        <source>New &amp;Tenant…</source>
        <translation>Ne&amp;uer Mandant …</translation>
    </message>
    <message>
        <source>Set up a new tenant: namespace, administrators, quota</source>
        <translation>Einen neuen Mandanten einrichten: Namespace, Administratoren, Kontingent</translation>
    </message>
    <message>
        <source>Tenant %1 created.</source>
        <translation>Mandant %1 angelegt.</translation>
    </message>
</context>
<context>
    <name>scs::ui::TerminalWidget</name>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
</context>
<context>
    <name>scs::ui::UpgradeClusterDialog</name>
    <message>
        <source>Upgrade %1</source>
        <translation>Upgrade: %1</translation>
    </message>
    <message>
        <source>The versions this cluster may be upgraded to are not known (its class was not found).</source>
        <translation>Die Versionen, auf die dieser Cluster aktualisiert werden darf, sind nicht bekannt (seine Klasse wurde nicht gefunden).</translation>
    </message>
    <message>
        <source>%1 runs %2; its class offers no newer version.</source>
        <translation>%1 läuft mit %2; seine Klasse bietet keine neuere Version an.</translation>
    </message>
    <message>
        <source>%1 runs %2. Only versions its class allows are offered.</source>
        <translation>%1 läuft mit %2. Angeboten werden nur Versionen, die seine Klasse erlaubt.</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Upgrade</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Let the Central API check the change without making it</source>
        <translation>Die Central API die Änderung prüfen lassen, ohne sie auszuführen</translation>
    </message>
    <message>
        <source>stack version %1 of Kubernetes %2</source>
        <translation>Stack-Version %1 von Kubernetes %2</translation>
    </message>
    <message>
        <source>next minor: Kubernetes %1</source>
        <translation>nächste Minor-Version: Kubernetes %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 runs %2 on %3; no newer release of its Cluster Stack is ready (never a skipped minor, never down).</source>
        <translation>%1 läuft mit %2 auf %3; kein neueres Release seines Cluster Stacks ist bereit (nie eine Minor-Version überspringen, nie abwärts).</translation>
    </message>
    <message>
        <source>%1 runs %2 on %3. Class and version change together: a newer stack version of this minor or the next minor.</source>
        <translation>%1 läuft mit %2 auf %3. Klasse und Version ändern sich gemeinsam: eine neuere Stack-Version dieser Minor-Version oder die nächste Minor-Version.</translation>
    </message>
    <message>
        <source>%1 runs %2. Its class names no versions: enter a newer one (vMAJOR.MINOR.PATCH).</source>
        <translation>%1 läuft mit %2. Seine Klasse nennt keine Versionen: bitte eine neuere eingeben (vMAJOR.MINOR.PATCH).</translation>
    </message>
    <message>
        <source>Asking the Central API…</source>
        <translation>Frage die Central API …</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Dry run: the Central API accepts the change.</source>
        <translation>Probelauf: Die Central API nimmt die Änderung an.</translation>
    </message>
    <message>
        <source>Dry run refused: %1</source>
        <translation>Probelauf abgelehnt: %1</translation>
    </message>
    <message>
        <source>Kubernetes version: %1 → %2</source>
        <translation>Kubernetes-Version: %1 → %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Class:&lt;/b&gt; %1 → %2</source>
        <translation>&lt;b&gt;Klasse:&lt;/b&gt; %1 → %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kubernetes version:&lt;/b&gt; %1 → %2</source>
        <translation>&lt;b&gt;Kubernetes-Version:&lt;/b&gt; %1 → %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Removed&lt;/b&gt; (the new class does not know them): %1</source>
        <translation>&lt;b&gt;Entfernt&lt;/b&gt; (die neue Klasse kennt sie nicht): %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Required by the new class and not set&lt;/b&gt; (set them first): %1</source>
        <translation>&lt;b&gt;Von der neuen Klasse verlangt und nicht gesetzt&lt;/b&gt; (zuerst setzen): %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;New variables&lt;/b&gt; (their defaults apply): %1</source>
        <translation>&lt;b&gt;Neue Variablen&lt;/b&gt; (ihre Vorgaben gelten): %1</translation>
    </message>
    <message>
        <source>The variables stay as they are.</source>
        <translation>Die Variablen bleiben, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>scs::ui::WebEngineModule</name>
    <message>
        <source>%1 is of another version of the console</source>
        <translation>%1 gehört zu einer anderen Version der Konsole</translation>
    </message>
    <message>
        <source>The embedded sign-in browser is not installed (%1 was not found in %2)</source>
        <translation>Der eingebettete Anmeldebrowser ist nicht installiert (%1 wurde in %2 nicht gefunden)</translation>
    </message>
    <message>
        <source>The embedded sign-in browser (Qt WebEngine) could not be loaded: %1</source>
        <translation>Der eingebettete Anmeldebrowser (Qt WebEngine) konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>scs::ui::WhoCanDialog</name>
    <message>
        <source>Show &amp;Kubernetes&apos; own identities</source>
        <translation>&amp;Kubernetes-eigene Identitäten zeigen</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Who Can?</source>
        <translation>Wer darf?</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Verb</source>
        <translation>Verb</translation>
    </message>
    <message>
        <source>Show Kubernetes&apos; own identities</source>
        <translation>Kubernetes-eigene Identitäten zeigen</translation>
    </message>
    <message>
        <source>Who can</source>
        <translation>Wer darf</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Verb:</source>
        <translation>&amp;Verb:</translation>
    </message>
    <message>
        <source>User or group</source>
        <translation>Benutzer oder Gruppe</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Name to check</source>
        <translation>Zu prüfender Name</translation>
    </message>
    <message>
        <source>name, e.g. bob</source>
        <translation>Name, z. B. bob</translation>
    </message>
    <message>
        <source>What may a user or group do with this kind here?</source>
        <translation>Was darf ein Benutzer oder eine Gruppe hier mit dieser Art tun?</translation>
    </message>
    <message>
        <source>Pick a tenant and a kind.</source>
        <translation>Wählen Sie einen Mandanten und eine Art.</translation>
    </message>
    <message>
        <source>Reading the bindings of %1…</source>
        <translation>Die Bindungen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>%1 %2 → %3 %4</source>
        <translation>%1 %2 → %3 %4</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>role not readable; built-in role known by name</source>
        <translation>Rolle nicht lesbar; eingebaute Rolle am Namen erkannt</translation>
    </message>
    <message>
        <source>Nobody you can see may %1 %2 in %3.</source>
        <translation>Niemand, den Sie sehen können, darf %2 in %3: %1.</translation>
    </message>
    <message>
        <source>Who may %1 %2 in %3:</source>
        <translation>Wer %2 in %3 darf (%1):</translation>
    </message>
    <message>
        <source>Kubernetes&apos; own identities not shown: %1.</source>
        <translation>Nicht gezeigte Kubernetes-eigene Identitäten: %1.</translation>
    </message>
    <message>
        <source>You may not read the cluster-wide bindings: who holds it through them is not known here.</source>
        <translation>Sie dürfen die clusterweiten Bindungen nicht lesen: Wer es über sie darf, ist hier nicht bekannt.</translation>
    </message>
    <message>
        <source>Bindings left out because you may not read their roles: %1.</source>
        <translation>Ausgelassene Bindungen, deren Rollen Sie nicht lesen dürfen: %1.</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Wird gefragt…</translation>
    </message>
    <message>
        <source>%1 may do nothing with %2 in %3 (the API server&apos;s answer).</source>
        <translation>%1 darf mit %2 in %3 nichts tun (Antwort des API-Servers).</translation>
    </message>
    <message>
        <source>%1 may %2 %3 in %4 (the API server&apos;s answer).</source>
        <translation>%1 darf %3 in %4: %2 (Antwort des API-Servers).</translation>
    </message>
    <message>
        <source>%1 may do nothing with %2 in %3</source>
        <translation>%1 darf mit %2 in %3 nichts tun</translation>
    </message>
    <message>
        <source>%1 may %2 %3 in %4</source>
        <translation>%1 darf %3 in %4: %2</translation>
    </message>
    <message>
        <source>(computed from the bindings you may read: you may not ask the API server; groups the user is in are not known here).</source>
        <translation>(berechnet aus den Bindungen, die Sie lesen dürfen: Sie dürfen den API-Server nicht fragen; die Gruppen des Benutzers sind hier nicht bekannt).</translation>
    </message>
</context>
<context>
    <name>scs::ui::YamlEditor</name>
    <message>
        <source>Folded; click to unfold</source>
        <translation>Eingeklappt; zum Ausklappen klicken</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfold</source>
        <translation>Ausklappen</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Einklappen</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Loading %L1 lines…</source>
        <translation>%L1 Zeilen werden geladen …</translation>
    </message>
</context>
<context>
    <name>scs::ui::YamlView</name>
    <message>
        <source>Show managed fields</source>
        <translation>Verwaltete Felder zeigen</translation>
    </message>
    <message>
        <source>metadata.managedFields records which client set which field; usually noise</source>
        <translation>metadata.managedFields hält fest, welcher Client welches Feld gesetzt hat; meist Rauschen</translation>
    </message>
</context>
</TS>
