<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
<context>
    <name>ExecCredential</name>
    <message>
        <source>KUBERNETES_EXEC_INFO is not an ExecCredential in JSON.</source>
        <translation>KUBERNETES_EXEC_INFO ist kein ExecCredential in JSON.</translation>
    </message>
</context>
<context>
    <name>ExportKubeconfigVerb</name>
    <message>
        <source>Usage: scs-console export-kubeconfig --profile &lt;name&gt; [--tenant NAMESPACE]...
           [--output FILE | --merge] [--kubelogin] [--kubelogin-arg ARG]...
           [--set-current] [--force]
Writes a kubeconfig with one context per tenant (&lt;tenant&gt;@&lt;profile&gt;). Without --output or --merge it is printed.
  --merge          merge into the default kubeconfig (the first file of KUBECONFIG, else ~/.kube/config)
  --kubelogin      sign in with kubelogin (kubectl oidc-login) instead of scs-console get-token
  --set-current    make the first tenant&apos;s context the current context
  --force          replace entries of the same name
</source>
        <translation>Aufruf: scs-console export-kubeconfig --profile &lt;name&gt; [--tenant NAMESPACE]...
           [--output DATEI | --merge] [--kubelogin] [--kubelogin-arg ARG]...
           [--set-current] [--force]
Schreibt eine kubeconfig mit einem Kontext je Tenant (&lt;tenant&gt;@&lt;profil&gt;). Ohne --output oder --merge wird sie ausgegeben.
  --merge          in die Standard-kubeconfig einfügen (die erste Datei aus KUBECONFIG, sonst ~/.kube/config)
  --kubelogin      mit kubelogin (kubectl oidc-login) statt scs-console get-token anmelden
  --set-current    den Kontext des ersten Tenants zum aktuellen Kontext machen
  --force          Einträge mit demselben Namen ersetzen
</translation>
    </message>
    <message>
        <source>Use either --output or --merge, not both.</source>
        <translation>Verwenden Sie entweder --output oder --merge, nicht beides.</translation>
    </message>
    <message>
        <source>--kubelogin-arg needs --kubelogin.</source>
        <translation>--kubelogin-arg setzt --kubelogin voraus.</translation>
    </message>
    <message>
        <source>There is no profile called &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
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
        <source>There is no profile called &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in server did not answer in time.</source>
        <translation>Der Anmeldeserver hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The session could not be renewed: %1</source>
        <translation>Die Sitzung konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>You are not signed in to the profile &quot;%1&quot;, and kubectl runs this command without a person at the terminal, so no sign-in window opens. Sign in with &quot;scs-console --profile %2&quot; (or run kubectl in a terminal) and try again.</source>
        <translation>Sie sind beim Profil „%1“ nicht angemeldet, und kubectl führt diesen Befehl ohne eine Person am Terminal aus, daher öffnet sich kein Anmeldefenster. Melden Sie sich mit „scs-console --profile %2“ an (oder starten Sie kubectl in einem Terminal) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You are not signed in to the profile &quot;%1&quot;. Sign in with &quot;scs-console --profile %2&quot; and try again.</source>
        <translation>Sie sind beim Profil „%1“ nicht angemeldet. Melden Sie sich mit „scs-console --profile %2“ an und versuchen Sie es erneut.</translation>
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
</context>
<context>
    <name>ProfileVerb</name>
    <message>
        <source>Usage: scs-console profile list
       scs-console profile show &lt;name&gt;
       scs-console profile set &lt;name&gt; [--api-url URL] [--issuer-url URL]
           [--client-id ID] [--scope SCOPE]... [--ca-file PEM] [--tenant NAMESPACE]... [--current]
       scs-console profile remove &lt;name&gt;
       scs-console profile import &lt;kubeconfig&gt;
</source>
        <translation>Aufruf: scs-console profile list
        scs-console profile show &lt;Name&gt;
        scs-console profile set &lt;Name&gt; [--api-url URL] [--issuer-url URL]
            [--client-id ID] [--scope SCOPE]... [--ca-file PEM] [--tenant NAMESPACE]... [--current]
        scs-console profile remove &lt;Name&gt;
        scs-console profile import &lt;Kubeconfig&gt;
</translation>
    </message>
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
    <name>Tls</name>
    <message>
        <source>The CA bundle %1 of profile &quot;%2&quot; cannot be used: %3</source>
        <translation>Das CA-Bundle %1 des Profils „%2“ kann nicht verwendet werden: %3</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &quot;scs-console --help&quot;.</source>
        <translation>Siehe „scs-console --help“.</translation>
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
    <name>scs::ui::BrowserController</name>
    <message>
        <source>Discovery failed: %1</source>
        <translation>Discovery fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
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
        <source>&amp;Export Kubeconfig…</source>
        <translation>Kubeconfig &amp;exportieren …</translation>
    </message>
    <message>
        <source>Write a kubeconfig that works with kubectl</source>
        <translation>Eine Kubeconfig schreiben, die mit kubectl funktioniert</translation>
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
        <source>Sign in and pick a tenant and a resource kind in the tree to list its objects here.</source>
        <translation>Melden Sie sich an und wählen Sie im Baum einen Mandanten und eine Ressourcenart, um deren Objekte hier aufzulisten.</translation>
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
        <source>The embedded sign-in browser cannot run as the root user (its sandbox forbids it), so the sign-in continues in your web browser. Run the console as a normal user to sign in inside it.</source>
        <translation>Der eingebettete Anmeldebrowser kann nicht als Benutzer root laufen (seine Sandbox verbietet es), daher wird die Anmeldung in Ihrem Webbrowser fortgesetzt. Starten Sie die Konsole als normaler Benutzer, um sich in ihr anzumelden.</translation>
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
        <source>Not encrypted</source>
        <translation>Unverschlüsselt</translation>
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
</context>
<context>
    <name>scs::ui::SystemBrowserAgent</name>
    <message>
        <source>No web browser could be started. Sign in with the embedded window instead.</source>
        <translation>Es konnte kein Webbrowser gestartet werden. Melden Sie sich stattdessen im eingebetteten Fenster an.</translation>
    </message>
    <message>
        <source>No web browser could be started, and the embedded sign-in cannot run as the root user. Run the console as a normal user to sign in.</source>
        <translation>Es konnte kein Webbrowser gestartet werden, und die eingebettete Anmeldung kann nicht als Benutzer root laufen. Starten Sie die Konsole als normaler Benutzer, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Continue the sign-in in your web browser. This window closes by itself when you are done.</source>
        <translation>Setzen Sie die Anmeldung in Ihrem Webbrowser fort. Dieses Fenster schließt sich von selbst, wenn Sie fertig sind.</translation>
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
