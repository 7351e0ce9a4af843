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
    <name>main</name>
    <message>
        <source>Try &quot;scs-console --help&quot;.</source>
        <translation>Siehe „scs-console --help“.</translation>
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
</TS>
