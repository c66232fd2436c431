<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddressValidator</name>
    <message>
        <source>&apos;%1&apos; is not a valid address: %2.</source>
        <translation>„%1“ ist keine gültige Adresse: %2.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>it is longer than 253 characters</source>
        <translation>sie ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <source>it contains whitespace or a line break</source>
        <translation>sie enthält Leerraum oder einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>it contains a control or non-ASCII character</source>
        <translation>sie enthält ein Steuer- oder Nicht-ASCII-Zeichen</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; cannot appear in an address</source>
        <translation>das Zeichen „%1“ kann in keiner Adresse vorkommen</translation>
    </message>
    <message>
        <source>127.127.x.x is an ntpd reference-clock pseudo-address; chrony would poll it as an ordinary NTP server on this machine. To serve this machine&apos;s own clock use the local clock setting (local stratum 10) instead</source>
        <translation>127.127.x.x ist eine Pseudo-Adresse für Referenzuhren von ntpd; chrony würde sie als gewöhnlichen NTP-Server auf diesem Rechner abfragen. Um die eigene Uhr dieses Rechners anzubieten, stattdessen die lokale Uhr verwenden (local stratum 10)</translation>
    </message>
    <message>
        <source>a subnet is not allowed here, give a single address</source>
        <translation>hier ist kein Subnetz erlaubt, bitte eine einzelne Adresse angeben</translation>
    </message>
    <message>
        <source>an IPv4 address has four numbers separated by dots</source>
        <translation>eine IPv4-Adresse besteht aus vier durch Punkte getrennten Zahlen</translation>
    </message>
    <message>
        <source>write it as %1 (no leading zeros)</source>
        <translation>bitte als %1 schreiben (ohne führende Nullen)</translation>
    </message>
    <message>
        <source>it is not a valid IPv6 address</source>
        <translation>sie ist keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>it is not a valid IPv4 address (four numbers from 0 to 255)</source>
        <translation>sie ist keine gültige IPv4-Adresse (vier Zahlen von 0 bis 255)</translation>
    </message>
    <message>
        <source>chrony needs an IP address here, not a host name</source>
        <translation>chrony braucht hier eine IP-Adresse, keinen Hostnamen</translation>
    </message>
    <message>
        <source>a host name consists of labels of letters, digits and hyphens (at most 63 characters each, not starting or ending with a hyphen) separated by dots</source>
        <translation>ein Hostname besteht aus durch Punkte getrennten Teilen aus Buchstaben, Ziffern und Bindestrichen (je höchstens 63 Zeichen, nicht mit einem Bindestrich beginnend oder endend)</translation>
    </message>
    <message>
        <source>a subnet has one &apos;/&apos; between the address and the prefix length</source>
        <translation>ein Subnetz hat genau einen „/“ zwischen Adresse und Präfixlänge</translation>
    </message>
    <message>
        <source>the prefix length after &apos;/&apos; must be a number</source>
        <translation>die Präfixlänge nach „/“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>an IPv6 prefix length is between 0 and 128</source>
        <translation>eine IPv6-Präfixlänge liegt zwischen 0 und 128</translation>
    </message>
    <message>
        <source>an IPv4 address has at most four numbers</source>
        <translation>eine IPv4-Adresse hat höchstens vier Zahlen</translation>
    </message>
    <message>
        <source>each part of an IPv4 address is a number from 0 to 255</source>
        <translation>jeder Teil einer IPv4-Adresse ist eine Zahl von 0 bis 255</translation>
    </message>
    <message>
        <source>an IPv4 prefix length is between 0 and 32</source>
        <translation>eine IPv4-Präfixlänge liegt zwischen 0 und 32</translation>
    </message>
    <message>
        <source>write a subnet as its four-number address and a prefix length, like 192.168.1.0/24</source>
        <translation>ein Subnetz bitte als Adresse aus vier Zahlen mit Präfixlänge schreiben, etwa 192.168.1.0/24</translation>
    </message>
    <message>
        <source>write it as %1/%2 (no leading zeros)</source>
        <translation>bitte als %1/%2 schreiben (ohne führende Nullen)</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Since %1: %2</source>
        <extracomment>An alert line: &quot;since 14:03:07: System 2 is 250 ms behind System 1, ...&quot;</extracomment>
        <translation>Seit %1: %2</translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
</context>
<context>
    <name>AlertLogView</name>
    <message>
        <source>Alert log</source>
        <translation>Alarmprotokoll</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Leap status</source>
        <translation>Schaltsekundenstatus</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Versatz</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Link degraded</source>
        <translation>Verbindung gestört</translation>
    </message>
    <message>
        <source>still active</source>
        <translation>noch aktiv</translation>
    </message>
    <message>
        <source>%1 (Tandem stopped watching)</source>
        <translation>%1 (Tandem hat die Beobachtung beendet)</translation>
    </message>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (nach %2)</translation>
    </message>
    <message>
        <source>System %1</source>
        <translation>System %1</translation>
    </message>
    <message>
        <source>Condition since %1</source>
        <translation>Zustand seit %1</translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <source>System %1 is not synchronised (leap status: Not synchronised).</source>
        <translation>System %1 ist nicht synchronisiert (Schaltsekundenstatus: Not synchronised).</translation>
    </message>
    <message>
        <source>System %1 announces a leap second (leap status: %2).</source>
        <translation>System %1 kündigt eine Schaltsekunde an (Schaltsekundenstatus: %2).</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>hinter</translation>
    </message>
    <message>
        <source>System %1 does not answer.</source>
        <translation>System %1 antwortet nicht.</translation>
    </message>
    <message>
        <source>System 2 is %1 %2 System 1, more than the %3 allowed.</source>
        <translation>System 2 ist %1 %2 System 1, mehr als die erlaubten %3.</translation>
    </message>
    <message>
        <source>The link to System %1 is degraded: some monitoring polls get no answer, while others do (packet loss between the systems is the likeliest cause).</source>
        <translation>Die Verbindung zu System %1 ist gestört: Einige Überwachungsabfragen bleiben ohne Antwort, andere nicht (am wahrscheinlichsten gehen Pakete zwischen den Systemen verloren).</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>&amp;Stop before writing</source>
        <translation>&amp;Vor dem Schreiben anhalten</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Stop the helper before it writes the config</source>
        <translation>Das Hilfsprogramm anhalten, bevor es die Konfiguration schreibt</translation>
    </message>
    <message>
        <source>tandem-helper changes lab System %1 (%2).</source>
        <translation>tandem-helper ändert Labor-System %1 (%2).</translation>
    </message>
    <message>
        <source>tandem-helper changes %1 as administrator.</source>
        <translation>tandem-helper ändert %1 als Administrator.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>The new config is in place and chrony runs with it.</source>
        <translation>Die neue Konfiguration ist eingespielt und chrony läuft damit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rolled back.&lt;/b&gt; chrony did not come up with the new config, so the previous config was put back and chrony runs with it again. Nothing else changed.</source>
        <translation>&lt;b&gt;Zurückgenommen.&lt;/b&gt; chrony ist mit der neuen Konfiguration nicht gestartet; die vorige Konfiguration wurde wiederhergestellt und chrony läuft wieder damit. Sonst hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The change failed and so did the rollback.&lt;/b&gt; chrony may not be running. The previous config is kept as a backup; the details say where.</source>
        <translation>&lt;b&gt;Die Änderung ist fehlgeschlagen, die Rücknahme ebenfalls.&lt;/b&gt; chrony läuft möglicherweise nicht. Die vorige Konfiguration ist als Sicherung erhalten; die Details nennen den Ort.</translation>
    </message>
    <message>
        <source>Stopped before anything was written. Nothing was changed.</source>
        <translation>Vor dem Schreiben angehalten. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The helper did not run. Nothing was changed.</source>
        <translation>Das Hilfsprogramm wurde nicht ausgeführt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The change was not made. Nothing was changed.</source>
        <translation>Die Änderung wurde nicht vorgenommen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The helper stopped before it finished&lt;/b&gt;, after writing the new config: the new config may already be in place, and chrony may or may not run with it. Check chrony here; File → Restore puts the previous config back.</source>
        <translation>&lt;b&gt;Das Hilfsprogramm hat vor dem Ende aufgehört&lt;/b&gt;, nachdem es die neue Konfiguration geschrieben hatte: Die neue Konfiguration kann schon eingespielt sein, und chrony läuft damit oder nicht. Prüfen Sie chrony hier; Datei → Wiederherstellen holt die vorige Konfiguration zurück.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The helper stopped before it finished.&lt;/b&gt; chrony.conf is either as it was or the new config in full (it is never half-written). Check chrony here before trying again.</source>
        <translation>&lt;b&gt;Das Hilfsprogramm hat vor dem Ende aufgehört.&lt;/b&gt; chrony.conf ist entweder wie vorher oder vollständig die neue Konfiguration (sie wird nie halb geschrieben). Prüfen Sie chrony hier, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>chronyd runs now.</source>
        <translation>chronyd läuft jetzt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;chronyd is not running now&lt;/b&gt; (%1). Start it with &lt;code&gt;%2&lt;/code&gt;.</source>
        <translation>&lt;b&gt;chronyd läuft jetzt nicht&lt;/b&gt; (%1). Starten Sie ihn mit &lt;code&gt;%2&lt;/code&gt;.</translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>serving its local clock</source>
        <translation>stellt seine lokale Uhr bereit</translation>
    </message>
    <message>
        <source>following a server on the local network</source>
        <translation>folgt einem Server im lokalen Netz</translation>
    </message>
    <message>
        <source>a plain client of internet time servers</source>
        <translation>ein einfacher Client von Internet-Zeitservern</translation>
    </message>
    <message>
        <source>no time sources</source>
        <translation>keine Zeitquellen</translation>
    </message>
    <message>
        <source>not readable by this user (only the helper can read it)</source>
        <translation>für diesen Benutzer nicht lesbar (nur der Helfer kann sie lesen)</translation>
    </message>
    <message>
        <source>System 1, serving %1</source>
        <translation>System 1, stellt Zeit für %1 bereit</translation>
    </message>
    <message>
        <source>System 2</source>
        <translation>System 2</translation>
    </message>
    <message>
        <source>System 2, following %1</source>
        <translation>System 2, folgt %1</translation>
    </message>
    <message>
        <source>without Tandem&apos;s setup (%1)</source>
        <translation>ohne Einrichtung durch Tandem (%1)</translation>
    </message>
</context>
<context>
    <name>ChronyHost</name>
    <message>
        <source>No chrony configuration was found (looked for %1). Is chrony installed?</source>
        <translation>Es wurde keine chrony-Konfiguration gefunden (gesucht: %1). Ist chrony installiert?</translation>
    </message>
</context>
<context>
    <name>ChronyKeyFile</name>
    <message>
        <source>line %1 is not a key (ID [TYPE] KEY)</source>
        <translation>Zeile %1 ist kein Schlüssel (ID [TYP] SCHLÜSSEL)</translation>
    </message>
    <message>
        <source>The key file already holds a key %1 that Tandem did not write; it is left alone. Make a new key on System 1 (its ID is chosen afresh) and carry that one across.</source>
        <translation>Die Schlüsseldatei enthält bereits einen Schlüssel %1, den Tandem nicht geschrieben hat; er bleibt unverändert. Erzeugen Sie auf System 1 einen neuen Schlüssel (seine ID wird neu gewählt) und übertragen Sie diesen.</translation>
    </message>
</context>
<context>
    <name>ChronydConfigCheck</name>
    <message>
        <source>chronyd -p: </source>
        <translation>chronyd -p: </translation>
    </message>
    <message>
        <source>chronyd would refuse to start with this file</source>
        <translation>chronyd würde mit dieser Datei nicht starten</translation>
    </message>
    <message>
        <source>chronyd did not answer in time</source>
        <translation>chronyd antwortete nicht rechtzeitig</translation>
    </message>
    <message>
        <source>chronyd crashed while reading the file</source>
        <translation>chronyd stürzte beim Lesen der Datei ab</translation>
    </message>
    <message>
        <source>could not run %1: %2</source>
        <translation>%1 konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>chronyd is not installed, the check was skipped</source>
        <translation>chronyd ist nicht installiert, die Prüfung entfiel</translation>
    </message>
    <message>
        <source>chronyd rejected the file (exit status %1)</source>
        <translation>chronyd lehnte die Datei ab (Exit-Status %1)</translation>
    </message>
</context>
<context>
    <name>CmdmonClient</name>
    <message>
        <source>no answer from chronyd on its command socket %1</source>
        <translation>keine Antwort von chronyd auf seinem Befehls-Socket %1</translation>
    </message>
    <message>
        <source>no answer from chronyd at %1: it is not running, or this address is not allowed by cmdallow, or bindcmdaddress does not listen there, or a firewall drops UDP %2</source>
        <translation>keine Antwort von chronyd unter %1: Er läuft nicht, oder cmdallow erlaubt diese Adresse nicht, oder bindcmdaddress lauscht dort nicht, oder eine Firewall verwirft UDP %2</translation>
    </message>
    <message>
        <source>%1 (from chronyd at %2)</source>
        <translation>%1 (von chronyd unter %2)</translation>
    </message>
</context>
<context>
    <name>CmdmonDecoders</name>
    <message>
        <source>chronyd&apos;s %1 reply is too short</source>
        <translation>Die %1-Antwort von chronyd ist zu kurz</translation>
    </message>
    <message>
        <source>chronyd reported an unknown source state %1 or mode %2</source>
        <translation>chronyd meldete einen unbekannten Quellenstatus %1 oder Modus %2</translation>
    </message>
    <message>
        <source>implausible reply: %1 %2%3%4</source>
        <translation>unplausible Antwort: %1 %2%3%4</translation>
    </message>
    <message>
        <source>implausible reply: %1 sources (more than %2)</source>
        <translation>unplausible Antwort: %1 Quellen (mehr als %2)</translation>
    </message>
</context>
<context>
    <name>CmdmonError</name>
    <message>
        <source>chronyd could not step the clock (500 Failure): it does not control the system clock, e.g. it was started with -x or lacks the capability to set the time</source>
        <translation>chronyd konnte die Uhr nicht stellen (500 Failure): Es steuert die Systemuhr nicht, z. B. weil es mit -x gestartet wurde oder ihm die Berechtigung zum Stellen der Zeit fehlt</translation>
    </message>
    <message>
        <source>chronyd reported a failure (500 Failure)</source>
        <translation>chronyd meldete einen Fehler (500 Failure)</translation>
    </message>
    <message>
        <source>chronyd refused (501 Not authorised): this command needs the local Unix socket, as root (over UDP only monitoring is allowed)</source>
        <translation>chronyd lehnte ab (501 Not authorised): Dieser Befehl braucht den lokalen Unix-Socket als root (über UDP ist nur Überwachung erlaubt)</translation>
    </message>
    <message>
        <source>this chronyd version does not support that command (502 Invalid command)</source>
        <translation>diese chronyd-Version kennt den Befehl nicht (502 Invalid command)</translation>
    </message>
    <message>
        <source>chronyd has no such source (503 No such source)</source>
        <translation>chronyd hat keine solche Quelle (503 No such source)</translation>
    </message>
    <message>
        <source>that facility is not enabled in chronyd (505)</source>
        <translation>diese Funktion ist in chronyd nicht aktiviert (505)</translation>
    </message>
    <message>
        <source>chronyd rejected the subnet (507 Bad subnet)</source>
        <translation>chronyd lehnte das Subnetz ab (507 Bad subnet)</translation>
    </message>
    <message>
        <source>chronyd already has that source (511 Source already present)</source>
        <translation>chronyd hat diese Quelle bereits (511 Source already present)</translation>
    </message>
    <message>
        <source>chronyd has too many sources to add another (512)</source>
        <translation>chronyd hat zu viele Quellen für eine weitere (512)</translation>
    </message>
    <message>
        <source>chronyd cannot use that address family (515 Invalid address family)</source>
        <translation>chronyd kann diese Adressfamilie nicht verwenden (515 Invalid address family)</translation>
    </message>
    <message>
        <source>chronyd speaks another command protocol version (517 Protocol version mismatch): it is older or newer than the chrony 4.x Tandem supports</source>
        <translation>chronyd spricht eine andere Version des Befehlsprotokolls (517 Protocol version mismatch): Es ist älter oder neuer als das von Tandem unterstützte chrony 4.x</translation>
    </message>
    <message>
        <source>chronyd rejected the request length (518 Packet length mismatch): its protocol differs from chrony 4.x</source>
        <translation>chronyd lehnte die Länge der Anfrage ab (518 Packet length mismatch): Sein Protokoll weicht von chrony 4.x ab</translation>
    </message>
    <message>
        <source>chronyd rejected the source name (521 Invalid name)</source>
        <translation>chronyd lehnte den Namen der Quelle ab (521 Invalid name)</translation>
    </message>
    <message>
        <source>chronyd returned unexpected status %1 (520)</source>
        <translation>chronyd meldete den unerwarteten Status %1 (520)</translation>
    </message>
</context>
<context>
    <name>ConfLint</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <source>What is there now</source>
        <translation>Bestandsaufnahme</translation>
    </message>
    <message>
        <source>Tandem looks at chrony on this system before changing anything.</source>
        <translation>Tandem sieht sich chrony auf diesem System an, bevor es etwas ändert.</translation>
    </message>
    <message>
        <source>Looking at chrony…</source>
        <translation>chrony wird untersucht…</translation>
    </message>
    <message>
        <source>Lab System 1 (%1)</source>
        <translation>Labor-System 1 (%1)</translation>
    </message>
    <message>
        <source>Lab System 2 (%1)</source>
        <translation>Labor-System 2 (%1)</translation>
    </message>
    <message>
        <source>This system</source>
        <translation>Dieses System</translation>
    </message>
    <message>
        <source>Done. Choose Next to decide what this system does.</source>
        <translation>Fertig. Wählen Sie „Weiter“, um festzulegen, was dieses System tut.</translation>
    </message>
    <message>
        <source>chrony must be installed before Tandem can set it up (see the command above). Meanwhile you can rehearse everything in the lab: tandem --lab</source>
        <translation>chrony muss installiert sein, bevor Tandem es einrichten kann (siehe den Befehl oben). Bis dahin können Sie alles im Labor proben: tandem --lab</translation>
    </message>
    <message>
        <source>System 1: serves its local clock</source>
        <translation>System 1: stellt seine lokale Uhr bereit</translation>
    </message>
    <message>
        <source>System 1: serves its local clock to %1</source>
        <translation>System 1: stellt seine lokale Uhr für %1 bereit</translation>
    </message>
    <message>
        <source>System 2: follows %1</source>
        <translation>System 2: folgt %1</translation>
    </message>
    <message>
        <source>a plain client of internet time servers (chrony&apos;s default); neither System 1 nor System 2 yet</source>
        <translation>ein einfacher Client von Internet-Zeitservern (Standard von chrony); noch weder System 1 noch System 2</translation>
    </message>
    <message>
        <source>no time sources and no local clock: chronyd keeps time on its own</source>
        <translation>keine Zeitquellen und keine lokale Uhr: chronyd hält die Zeit allein</translation>
    </message>
    <message>
        <source>&lt;b&gt;not installed.&lt;/b&gt; Install it with %1</source>
        <translation>&lt;b&gt;nicht installiert.&lt;/b&gt; Installieren Sie es mit %1</translation>
    </message>
    <message>
        <source>installed (%1)</source>
        <translation>installiert (%1)</translation>
    </message>
    <message>
        <source>installed, version %1 (%2)</source>
        <translation>installiert, Version %1 (%2)</translation>
    </message>
    <message>
        <source>chrony:</source>
        <translation>chrony:</translation>
    </message>
    <message>
        <source>not synchronised yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>serving its local clock at stratum %1</source>
        <translation>stellt seine lokale Uhr auf Stratum %1 bereit</translation>
    </message>
    <message>
        <source>synchronised to %1 at stratum %2</source>
        <translation>synchronisiert mit %1 auf Stratum %2</translation>
    </message>
    <message>
        <source>running, %1</source>
        <translation>läuft, %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;not answering&lt;/b&gt; (%1). Start it with %2</source>
        <translation>&lt;b&gt;antwortet nicht&lt;/b&gt; (%1). Starten Sie ihn mit %2</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>chronyd:</source>
        <translation>chronyd:</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>no chrony.conf found at %1</source>
        <translation>keine chrony.conf unter %1 gefunden</translation>
    </message>
    <message>
        <source>Current role:</source>
        <translation>Aktuelle Rolle:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;b&gt;systemd-timesyncd is running&lt;/b&gt; and would fight chronyd over the clock. Stop it with %1</source>
        <translation>&lt;b&gt;systemd-timesyncd läuft&lt;/b&gt; und würde chronyd die Uhr streitig machen. Beenden Sie ihn mit %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 running&lt;/b&gt;: only one program may set the clock; stop it before using chrony.</source>
        <translation>&lt;b&gt;%1 läuft&lt;/b&gt;: Nur ein Programm darf die Uhr stellen; beenden Sie es, bevor Sie chrony verwenden.</translation>
    </message>
    <message>
        <source>Other time services:</source>
        <translation>Andere Zeitdienste:</translation>
    </message>
</context>
<context>
    <name>FirewallPanel</name>
    <message>
        <source>Check this system&apos;s &amp;firewall</source>
        <translation>Firewall dieses Systems p&amp;rüfen</translation>
    </message>
    <message>
        <source>Check this system&apos;s firewall</source>
        <translation>Firewall dieses Systems prüfen</translation>
    </message>
    <message>
        <source>Checking this system&apos;s firewall for %1…</source>
        <translation>Die Firewall dieses Systems wird für %1 geprüft…</translation>
    </message>
    <message>
        <source>&amp;Open UDP %1 for %2</source>
        <translation>UDP %1 für %2 ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open UDP %1 for %2</source>
        <translation>UDP %1 für %2 öffnen</translation>
    </message>
    <message>
        <source>Opening UDP %1 for %2 (your administrator password is asked for)…</source>
        <translation>UDP %1 wird für %2 geöffnet (Ihr Administratorpasswort wird abgefragt)…</translation>
    </message>
    <message>
        <source>Open the port for the other system</source>
        <translation>Den Port für das andere System öffnen</translation>
    </message>
</context>
<context>
    <name>HelperStepList</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show the helper&apos;s output</source>
        <translation>Die Ausgabe des Hilfsprogramms anzeigen</translation>
    </message>
    <message>
        <source>The helper&apos;s output</source>
        <translation>Die Ausgabe des Hilfsprogramms</translation>
    </message>
    <message>
        <source>Check the request</source>
        <translation>Anfrage prüfen</translation>
    </message>
    <message>
        <source>Read the current config</source>
        <translation>Aktuelle Konfiguration lesen</translation>
    </message>
    <message>
        <source>Prepare the new config</source>
        <translation>Neue Konfiguration vorbereiten</translation>
    </message>
    <message>
        <source>Validate it with chronyd -p</source>
        <translation>Mit chronyd -p prüfen</translation>
    </message>
    <message>
        <source>Back up the current config</source>
        <translation>Aktuelle Konfiguration sichern</translation>
    </message>
    <message>
        <source>Write the new config</source>
        <translation>Neue Konfiguration schreiben</translation>
    </message>
    <message>
        <source>Restart chrony</source>
        <translation>chrony neu starten</translation>
    </message>
    <message>
        <source>Roll back: put the previous config back</source>
        <translation>Rücknahme: vorige Konfiguration wiederherstellen</translation>
    </message>
    <message>
        <source>Roll back: restart chrony with the previous config</source>
        <translation>Rücknahme: chrony mit der vorigen Konfiguration neu starten</translation>
    </message>
    <message>
        <source>Roll back: wait until chrony runs again</source>
        <translation>Rücknahme: warten, bis chrony wieder läuft</translation>
    </message>
    <message>
        <source>Add System 1 as a temporary source</source>
        <translation>System 1 als vorübergehende Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Ask for fresh measurements</source>
        <translation>Neue Messungen anfordern</translation>
    </message>
    <message>
        <source>Measure the offset to System 1</source>
        <translation>Versatz zu System 1 messen</translation>
    </message>
    <message>
        <source>Step the clock</source>
        <translation>Uhr stellen</translation>
    </message>
    <message>
        <source>Remove the temporary source</source>
        <translation>Vorübergehende Quelle entfernen</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>Sicherung %1</translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation>%1: wartet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: fehlgeschlagen</translation>
    </message>
    <message>
        <source>Find the backups</source>
        <translation>Sicherungen suchen</translation>
    </message>
    <message>
        <source>Choose the backup to put back</source>
        <translation>Die zurückzuholende Sicherung wählen</translation>
    </message>
    <message>
        <source>backups kept: %1</source>
        <translation>aufbewahrte Sicherungen: %1</translation>
    </message>
    <message>
        <source>Wait until chrony runs with it</source>
        <translation>Warten, bis chrony damit läuft</translation>
    </message>
    <message>
        <source>Read chronyd&apos;s own estimate before</source>
        <translation>Eigene Schätzung von chronyd vorher lesen</translation>
    </message>
    <message>
        <source>Wait until chronyd follows System 1</source>
        <translation>Warten, bis chronyd System 1 folgt</translation>
    </message>
    <message>
        <source>Measure the offset to System 1 again</source>
        <translation>Den Versatz zu System 1 erneut messen</translation>
    </message>
    <message>
        <source>Read chronyd&apos;s own estimate after</source>
        <translation>Eigene Schätzung von chronyd danach lesen</translation>
    </message>
    <message>
        <source>this clock is %1</source>
        <translation>diese Uhr geht %1</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>round trip %1</source>
        <translation>Umlaufzeit %1</translation>
    </message>
    <message>
        <source>chronyd thinks this clock is %1</source>
        <translation>laut chronyd geht diese Uhr %1</translation>
    </message>
    <message>
        <source>%1 (not done)</source>
        <translation>%1 (nicht ausgeführt)</translation>
    </message>
    <message>
        <source>%1: not done</source>
        <translation>%1: nicht ausgeführt</translation>
    </message>
    <message>
        <source>Wait for any other Tandem helper to finish</source>
        <translation>Warten, bis ein anderes Tandem-Hilfsprogramm fertig ist</translation>
    </message>
    <message>
        <source>Show the helper&apos;s raw &amp;JSON (for a bug report)</source>
        <translation>Rohes &amp;JSON des Helfers zeigen (für einen Fehlerbericht)</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>erledigt: %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>finished with exit code %1</source>
        <translation>beendet mit Exit-Code %1</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <source>a lab is already running in %1 (%2 is pid %3); stop it first</source>
        <translation>in %1 läuft bereits ein Labor (%2 ist PID %3); bitte zuerst beenden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the virtual-clock library %1 is missing: install Tandem&apos;s package, set TANDEM_VCLOCK_LIBRARY, or start the lab with -x (--no-virtual-clock)</source>
        <translation>die Bibliothek für virtuelle Uhren %1 fehlt: Tandems Paket installieren, TANDEM_VCLOCK_LIBRARY setzen oder das Labor mit -x starten (--no-virtual-clock)</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>LabClockDialog</name>
    <message>
        <source>Change its &amp;oscillator error</source>
        <translation>Den &amp;Oszillatorfehler ändern</translation>
    </message>
    <message>
        <source>Make System 2&apos;s clock wrong (lab)</source>
        <translation>Die Uhr von System 2 verstellen (Labor)</translation>
    </message>
    <message>
        <source>System 2 is now %1 System 1.</source>
        <extracomment>&quot;System 2 is now 12.30 µs ahead of System 1.&quot;</extracomment>
        <translation>System 2 geht jetzt gegenüber System 1 %1.</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>Step System 2&apos;s clock by, in seconds</source>
        <translation>Die Uhr von System 2 verstellen um, in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Positive: System 2&apos;s clock jumps ahead; negative: back.</source>
        <translation>Positiv: Die Uhr von System 2 springt vor; negativ: zurück.</translation>
    </message>
    <message>
        <source>Oscillator error of System 2, in ppm</source>
        <translation>Oszillatorfehler von System 2, in ppm</translation>
    </message>
    <message>
        <source> ppm</source>
        <translation> ppm</translation>
    </message>
    <message>
        <source>How fast System 2&apos;s clock runs from now on (positive: fast); chronyd learns to correct up to 500 ppm.</source>
        <translation>Wie schnell die Uhr von System 2 ab jetzt läuft (positiv: zu schnell); chronyd lernt, bis zu 500 ppm auszugleichen.</translation>
    </message>
    <message>
        <source>&amp;Step it by:</source>
        <translation>&amp;Verstellen um:</translation>
    </message>
    <message>
        <source>&amp;Make it wrong</source>
        <translation>&amp;Falsch stellen</translation>
    </message>
    <message>
        <source>The lab&apos;s clocks cannot be changed: %1</source>
        <translation>Die Uhren des Labors können nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Jumps System 2&apos;s virtual clock now, behind chronyd&apos;s back, as a wrong date command would. This machine&apos;s clock is not touched.</source>
        <translation>Lässt die virtuelle Uhr von System 2 jetzt springen, an chronyd vorbei, wie es ein falscher date-Befehl täte. Die Uhr dieses Rechners bleibt unberührt.</translation>
    </message>
    <message>
        <source>chronyd made its start-up steps already, so it only slews the error away, by at most 83 ms a second: the chart shows it for minutes. Sync now steps it back at once.</source>
        <translation>chronyd hat seine Sprünge beim Start schon gemacht, daher gleicht er den Fehler nur allmählich an, um höchstens 83 ms pro Sekunde: Das Diagramm zeigt es minutenlang. „Sofort abgleichen“ stellt die Uhr sofort zurück.</translation>
    </message>
    <message>
        <source>System 2&apos;s clock was stepped by %1 and its oscillator set to %2 ppm: it is %3 System 1 now. Watch chronyd slew it, or use Sync now.</source>
        <translation>Die Uhr von System 2 wurde um %1 verstellt und ihr Oszillator auf %2 ppm gesetzt: Sie geht jetzt gegenüber System 1 %3. Sehen Sie zu, wie chronyd sie angleicht, oder verwenden Sie „Sofort abgleichen“.</translation>
    </message>
    <message>
        <source>System 2&apos;s clock was stepped by %1: it is %2 System 1 now. Watch chronyd slew it, or use Sync now.</source>
        <translation>Die Uhr von System 2 wurde um %1 verstellt: Sie geht jetzt gegenüber System 1 %2. Sehen Sie zu, wie chronyd sie angleicht, oder verwenden Sie „Sofort abgleichen“.</translation>
    </message>
</context>
<context>
    <name>LabClocks</name>
    <message>
        <source>the lab in %1 runs with -x on this machine&apos;s clock: it has no clocks of its own</source>
        <translation>das Labor in %1 läuft mit -x auf der Uhr dieses Rechners: Es hat keine eigenen Uhren</translation>
    </message>
</context>
<context>
    <name>LabConfig</name>
    <message>
        <source>the config core refused the lab&apos;s profile for System %1: %2</source>
        <translation>der Konfigurationskern lehnte das Laborprofil für System %1 ab: %2</translation>
    </message>
</context>
<context>
    <name>LabLayout</name>
    <message>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the lab directory is too deep: the command socket path %1 is longer than the 107 bytes a Unix socket allows</source>
        <translation>das Laborverzeichnis liegt zu tief: Der Pfad des Befehls-Sockets %1 ist länger als die 107 Bytes, die ein Unix-Socket erlaubt</translation>
    </message>
    <message>
        <source>cannot create the directory %1: %2</source>
        <translation>das Verzeichnis %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>%1 belongs to uid %2 gid %3, not to the user chronyd runs as (uid %4 gid %5): chronyd would disable its command socket</source>
        <translation>%1 gehört uid %2 gid %3, nicht dem Benutzer, unter dem chronyd läuft (uid %4 gid %5): chronyd würde seinen Befehls-Socket abschalten</translation>
    </message>
    <message>
        <source>cannot set the mode of %1 to 0770: %2</source>
        <translation>die Rechte von %1 können nicht auf 0770 gesetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>LabSession</name>
    <message>
        <source>Looking at the lab in %1</source>
        <translation>Das Labor in %1 wird angesehen</translation>
    </message>
    <message>
        <source>Cannot create the lab directory %1.</source>
        <translation>Das Laborverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>LabSettings</name>
    <message>
        <source>the lab directory must be an absolute path (chronyd changes to / when it daemonizes)</source>
        <translation>das Laborverzeichnis muss ein absoluter Pfad sein (chronyd wechselt als Dienst nach /)</translation>
    </message>
    <message>
        <source>the lab directory must not contain blanks: chrony.conf cannot quote paths</source>
        <translation>das Laborverzeichnis darf keine Leerzeichen enthalten: chrony.conf kann Pfade nicht quotieren</translation>
    </message>
    <message>
        <source>%1&apos;s address is not an IP address</source>
        <translation>die Adresse von %1 ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>%1&apos;s address %2 is not an IPv4 loopback address (127.0.0.0/8); the lab only runs on this machine</source>
        <translation>die Adresse %2 von %1 ist keine IPv4-Loopback-Adresse (127.0.0.0/8); das Labor läuft nur auf diesem Rechner</translation>
    </message>
    <message>
        <source>%1&apos;s address: %2</source>
        <translation>Adresse von %1: %2</translation>
    </message>
    <message>
        <source>System 1 and System 2 need different addresses (both are %1)</source>
        <translation>System 1 und System 2 brauchen verschiedene Adressen (beide sind %1)</translation>
    </message>
    <message>
        <source>the NTP and command ports must not be 0</source>
        <translation>NTP- und Befehlsport dürfen nicht 0 sein</translation>
    </message>
    <message>
        <source>the NTP port and the command port must differ (both are %1)</source>
        <translation>NTP-Port und Befehlsport müssen sich unterscheiden (beide sind %1)</translation>
    </message>
    <message>
        <source>System %1&apos;s clock offset must be within ±%2 s</source>
        <translation>der Uhrversatz von System %1 muss innerhalb von ±%2 s liegen</translation>
    </message>
    <message>
        <source>System %1&apos;s clock frequency error must be within ±%2 ppm (chronyd corrects no more)</source>
        <translation>der Frequenzfehler der Uhr von System %1 muss innerhalb von ±%2 ppm liegen (mehr korrigiert chronyd nicht)</translation>
    </message>
    <message>
        <source>clock offsets and frequencies need virtual clocks (a lab with -x uses this machine&apos;s clock)</source>
        <translation>Uhrversätze und Frequenzen brauchen virtuelle Uhren (ein Labor mit -x verwendet die Uhr dieses Rechners)</translation>
    </message>
    <message>
        <source>a lab date needs virtual clocks (a lab with -x uses this machine&apos;s clock)</source>
        <translation>ein Labordatum braucht virtuelle Uhren (ein Labor mit -x verwendet die Uhr dieses Rechners)</translation>
    </message>
    <message>
        <source>the lab date must be between 1980 and 2100</source>
        <translation>das Labordatum muss zwischen 1980 und 2100 liegen</translation>
    </message>
    <message>
        <source>the virtual-clock library must be an absolute path (it is preloaded into chronyd)</source>
        <translation>die Bibliothek für virtuelle Uhren muss ein absoluter Pfad sein (sie wird in chronyd vorgeladen)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 has no lab (cannot read %2: %3)</source>
        <translation>%1 enthält kein Labor (%2 nicht lesbar: %3)</translation>
    </message>
    <message>
        <source>%1 is not a lab settings file: %2</source>
        <translation>%1 ist keine Labor-Einstellungsdatei: %2</translation>
    </message>
    <message>
        <source>%1 has no valid ntpPort/cmdPort</source>
        <translation>%1 hat keinen gültigen ntpPort/cmdPort</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must name an existing directory by its absolute path</source>
        <translation>%1 muss ein vorhandenes Verzeichnis mit absolutem Pfad nennen</translation>
    </message>
    <message>
        <source>%1 is not a lab system directory (DIR/system1 or DIR/system2)</source>
        <translation>%1 ist kein Systemverzeichnis eines Labors (DIR/system1 oder DIR/system2)</translation>
    </message>
    <message>
        <source>%1 is not a lab made by Tandem: %2</source>
        <translation>%1 ist kein von Tandem angelegtes Labor: %2</translation>
    </message>
    <message>
        <source>%1&apos;s %2 port %3:%4 is already in use (another lab, or a chronyd, on the same address and port would share its traffic): %5</source>
        <translation>der %2-Port %3:%4 von %1 ist bereits belegt (ein anderes Labor oder ein chronyd an derselben Adresse und demselben Port würde seinen Verkehr teilen): %5</translation>
    </message>
</context>
<context>
    <name>LeapBadge</name>
    <message>
        <source>chronyd&apos;s leap status: Normal, a leap second announced (Insert or Delete second), or Not synchronised.</source>
        <translation>Schaltsekundenstatus von chronyd: Normal, eine angekündigte Schaltsekunde (Sekunde einfügen oder auslassen) oder Nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Leap status: %1</source>
        <translation>Schaltsekundenstatus: %1</translation>
    </message>
</context>
<context>
    <name>LintRules</name>
    <message>
        <source>%1 %2 is outside the range %3..%4</source>
        <translation>%1 %2 liegt außerhalb des Bereichs %3..%4</translation>
    </message>
    <message>
        <source>use a value from %1 to %2</source>
        <translation>einen Wert von %1 bis %2 verwenden</translation>
    </message>
    <message>
        <source>%1 (%2 line %3)</source>
        <translation>%1 (%2, Zeile %3)</translation>
    </message>
    <message>
        <source>chronyd also uses &apos;%1&apos; from this file, which %2 brings in</source>
        <translation>chronyd verwendet auch „%1“ aus dieser Datei, die %2 einbindet</translation>
    </message>
    <message>
        <source>Tandem changes only the main file: comment this line out if this system must not use it</source>
        <translation>Tandem ändert nur die Hauptdatei: diese Zeile auskommentieren, wenn dieses System sie nicht verwenden soll</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a chrony directive; chronyd refuses to start</source>
        <translation>„%1“ ist keine chrony-Direktive; chronyd startet nicht</translation>
    </message>
    <message>
        <source>check the spelling against chrony.conf(5), or comment the line out with #</source>
        <translation>die Schreibweise mit chrony.conf(5) vergleichen oder die Zeile mit # auskommentieren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer supported and is ignored by chronyd</source>
        <translation>„%1“ wird nicht mehr unterstützt und von chronyd ignoriert</translation>
    </message>
    <message>
        <source>remove the line</source>
        <translation>die Zeile entfernen</translation>
    </message>
    <message>
        <source>maxpoll %1 is smaller than minpoll %2</source>
        <translation>maxpoll %1 ist kleiner als minpoll %2</translation>
    </message>
    <message>
        <source>make maxpoll at least as large as minpoll</source>
        <translation>maxpoll mindestens so groß wie minpoll wählen</translation>
    </message>
    <message>
        <source>write an IP address, a host name or (for allow/deny) a subnet</source>
        <translation>eine IP-Adresse, einen Hostnamen oder (für allow/deny) ein Subnetz schreiben</translation>
    </message>
    <message>
        <source>%1 is ntpd&apos;s local-clock pseudo-address; chrony polls it as an ordinary NTP server on this machine, which never answers usefully</source>
        <translation>%1 ist die Pseudo-Adresse der lokalen Uhr von ntpd; chrony fragt sie als gewöhnlichen NTP-Server auf diesem Rechner ab, der nie brauchbar antwortet</translation>
    </message>
    <message>
        <source>remove this line and use &apos;local stratum 10&apos; to serve this machine&apos;s clock</source>
        <translation>diese Zeile entfernen und „local stratum 10“ verwenden, um die Uhr dieses Rechners anzubieten</translation>
    </message>
    <message>
        <source>cmdallow has no effect for other hosts: chronyd&apos;s command port listens only on 127.0.0.1 and ::1 unless bindcmdaddress says otherwise</source>
        <translation>cmdallow wirkt nicht für andere Rechner: Der Befehlsport von chronyd lauscht nur auf 127.0.0.1 und ::1, sofern bindcmdaddress nichts anderes sagt</translation>
    </message>
    <message>
        <source>add &apos;bindcmdaddress 0.0.0.0&apos; (or this machine&apos;s LAN address) and open UDP port 323 in the firewall</source>
        <translation>„bindcmdaddress 0.0.0.0“ (oder die LAN-Adresse dieses Rechners) ergänzen und UDP-Port 323 in der Firewall öffnen</translation>
    </message>
    <message>
        <source>this LAN server competes with online pools/servers; source selection may follow the online sources instead of %1</source>
        <translation>dieser LAN-Server konkurriert mit Online-Pools/-Servern; die Quellenauswahl folgt womöglich den Online-Quellen statt %1</translation>
    </message>
    <message>
        <source>disable the online pool lines to follow only this server, or add &apos;prefer&apos; to this line</source>
        <translation>die Online-Pool-Zeilen abschalten, um nur diesem Server zu folgen, oder „prefer“ an diese Zeile anfügen</translation>
    </message>
    <message>
        <source>this config serves its local clock, but no &apos;allow&apos; line lets any client ask for the time</source>
        <translation>diese Konfiguration bietet ihre lokale Uhr an, aber keine „allow“-Zeile lässt einen Client nach der Zeit fragen</translation>
    </message>
    <message>
        <source>add &apos;allow ADDRESS&apos; with the client&apos;s address or subnet</source>
        <translation>„allow ADRESSE“ mit der Adresse oder dem Subnetz des Clients ergänzen</translation>
    </message>
    <message>
        <source>no client gets the time from this system</source>
        <translation>kein Client bekommt die Zeit von diesem System</translation>
    </message>
    <message>
        <source>no other host can monitor this chronyd</source>
        <translation>kein anderer Rechner kann dieses chronyd überwachen</translation>
    </message>
    <message>
        <source>&apos;%1 0&apos; closes the port that the &apos;%2&apos; lines open: %3</source>
        <translation>„%1 0“ schließt den Port, den die „%2“-Zeilen öffnen: %3</translation>
    </message>
    <message>
        <source>remove the &apos;%1 0&apos; line (the default port serves)</source>
        <translation>die Zeile „%1 0“ entfernen (der Standardport dient)</translation>
    </message>
    <message>
        <source>there is no &apos;makestep&apos; line, so chronyd never steps this clock: a clock that is wrong at boot is slewed at most 83 ms per second (an hour off takes about 12 hours)</source>
        <translation>es gibt keine „makestep“-Zeile, also stellt chronyd diese Uhr nie: Eine beim Start falsche Uhr wird höchstens um 83 ms je Sekunde nachgeführt (eine Stunde Abweichung dauert etwa 12 Stunden)</translation>
    </message>
    <message>
        <source>add &apos;makestep 1 3&apos; (step during the first updates after chronyd starts), or &apos;makestep 1 -1&apos; where the clock may jump at any time</source>
        <translation>„makestep 1 3“ ergänzen (Sprung während der ersten Aktualisierungen nach dem Start von chronyd) oder „makestep 1 -1“, wo die Uhr jederzeit springen kann</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of the %2 directive; chronyd refuses to start</source>
        <translation>„%1“ ist keine Option der Direktive %2; chronyd startet nicht</translation>
    </message>
    <message>
        <source>check the spelling against chrony.conf(5); a comment must start its own line</source>
        <translation>die Schreibweise mit chrony.conf(5) vergleichen; ein Kommentar muss in einer eigenen Zeile beginnen</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value</source>
        <translation>die Option „%1“ braucht einen Wert</translation>
    </message>
    <message>
        <source>write &apos;%1 VALUE&apos;</source>
        <translation>„%1 WERT“ schreiben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; only applies to pool lines and is ignored here</source>
        <translation>„%1“ gilt nur für pool-Zeilen und wird hier ignoriert</translation>
    </message>
    <message>
        <source>remove the option</source>
        <translation>die Option entfernen</translation>
    </message>
    <message>
        <source>this source uses key %1, but no &apos;keyfile&apos; line names the file that holds it: chronyd refuses its samples</source>
        <translation>diese Quelle verwendet Schlüssel %1, aber keine „keyfile“-Zeile nennt die Datei, die ihn enthält: chronyd verwirft ihre Messwerte</translation>
    </message>
    <message>
        <source>add &apos;keyfile /etc/chrony/chrony.keys&apos; with the key in it</source>
        <translation>„keyfile /etc/chrony/chrony.keys“ mit dem Schlüssel darin ergänzen</translation>
    </message>
    <message>
        <source>key %1 could not be checked: %2</source>
        <translation>Schlüssel %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>check as root: tandem-cli lint</source>
        <translation>als root prüfen: tandem-cli lint</translation>
    </message>
    <message>
        <source>key %1 is not in %2: chronyd refuses this source&apos;s samples</source>
        <translation>Schlüssel %1 steht nicht in %2: chronyd verwirft die Messwerte dieser Quelle</translation>
    </message>
    <message>
        <source>add the same key, with the same ID, to the key files of both systems</source>
        <translation>denselben Schlüssel mit derselben ID in die Schlüsseldateien beider Systeme eintragen</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Sources of System 1</source>
        <translation>Quellen von System 1</translation>
    </message>
    <message>
        <source>Sources of System 2</source>
        <translation>Quellen von System 2</translation>
    </message>
    <message>
        <source>Sources of System &amp;1</source>
        <translation>Quellen von System &amp;1</translation>
    </message>
    <message>
        <source>Sources of System &amp;2</source>
        <translation>Quellen von System &amp;2</translation>
    </message>
    <message>
        <source>Sync now: %1</source>
        <translation>Sofort abgleichen: %1</translation>
    </message>
    <message>
        <source>Sync now: %1 (failed)</source>
        <translation>Sofort abgleichen: %1 (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <source>Chart window</source>
        <translation>Zeitfenster des Diagramms</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Stop following live to inspect the chart; polling and history go on.</source>
        <translation>Nicht mehr live folgen, um das Diagramm anzusehen; Abfrage und Verlauf laufen weiter.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>P&amp;NG exportieren…</translation>
    </message>
    <message>
        <source>S&amp;ync now…</source>
        <translation>Sofort a&amp;bgleichen…</translation>
    </message>
    <message>
        <source>Take fresh measurements and step this machine&apos;s clock now (asks first).</source>
        <translation>Neue Messungen vornehmen und die Uhr dieses Rechners jetzt stellen (fragt vorher nach).</translation>
    </message>
    <message>
        <source>The saved history was not loaded: %1</source>
        <translation>Der gespeicherte Verlauf wurde nicht geladen: %1</translation>
    </message>
    <message>
        <source>System %1: not set up</source>
        <translation>System %1: nicht eingerichtet</translation>
    </message>
    <message>
        <source>Tandem does not know the other system yet. Set up time sync to tell it.</source>
        <translation>Tandem kennt das andere System noch nicht. Richten Sie den Zeitabgleich ein, um es ihm mitzuteilen.</translation>
    </message>
    <message>
        <source>Take fresh measurements and step the clock of System %1 (this machine) now. Asks first.</source>
        <translation>Neue Messungen vornehmen und die Uhr von System %1 (diesem Rechner) jetzt stellen. Fragt vorher nach.</translation>
    </message>
    <message>
        <source>Tandem alert</source>
        <translation>Tandem-Warnung</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Leap status: %1 / %2</source>
        <translation>Schaltsekundenstatus: %1 / %2</translation>
    </message>
    <message>
        <source>Sync now: starting the helper…</source>
        <translation>Sofort abgleichen: Hilfsprogramm wird gestartet…</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>Den Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Das Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>&amp;Alerts and polling</source>
        <translation>&amp;Warnungen und Abfrage</translation>
    </message>
    <message>
        <source>◀ &amp;Earlier</source>
        <translation>◀ F&amp;rüher</translation>
    </message>
    <message>
        <source>Move the paused chart back by half its window.</source>
        <translation>Das angehaltene Diagramm um ein halbes Zeitfenster zurückschieben.</translation>
    </message>
    <message>
        <source>La&amp;ter ▶</source>
        <translation>Spä&amp;ter ▶</translation>
    </message>
    <message>
        <source>Move the paused chart forward by half its window, up to now.</source>
        <translation>Das angehaltene Diagramm um ein halbes Zeitfenster vorschieben, höchstens bis jetzt.</translation>
    </message>
    <message>
        <source>F&amp;ollow live</source>
        <translation>Live &amp;folgen</translation>
    </message>
    <message>
        <source>Measured against %1: before the step this clock was %2; after it, %3.</source>
        <translation>Gemessen gegen %1: Vor dem Stellen ging diese Uhr %2, danach %3.</translation>
    </message>
    <message>
        <source>Measured against %1: this clock was %2, and %3 when measured again (not stepped).</source>
        <translation>Gemessen gegen %1: Diese Uhr ging %2, bei der erneuten Messung %3 (nicht gestellt).</translation>
    </message>
    <message>
        <source>Measured against %1: this clock was %2; not measured again afterwards.</source>
        <translation>Gemessen gegen %1: Diese Uhr ging %2; danach nicht erneut gemessen.</translation>
    </message>
    <message>
        <source>System 2 vs. System 1: %1</source>
        <translation>System 2 gegenüber System 1: %1</translation>
    </message>
    <message>
        <source>System 1 clock vs. its source: %1</source>
        <translation>Uhr von System 1 gegenüber ihrer Quelle: %1</translation>
    </message>
    <message>
        <source>System 2 clock vs. its source: %1</source>
        <translation>Uhr von System 2 gegenüber ihrer Quelle: %1</translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation>Der Verlauf konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Set up time sync…</source>
        <translation>Zeitabgleich &amp;einrichten…</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>Open the lab</source>
        <translation>Das Labor öffnen</translation>
    </message>
    <message>
        <source>Set up time sync</source>
        <translation>Zeitabgleich einrichten</translation>
    </message>
    <message>
        <source>Attached to the running lab.</source>
        <translation>Mit dem laufenden Labor verbunden.</translation>
    </message>
    <message>
        <source>The lab is running.</source>
        <translation>Das Labor läuft.</translation>
    </message>
    <message>
        <source>LAB  %1</source>
        <translation>LABOR  %1</translation>
    </message>
    <message>
        <source>Lab mode: %1</source>
        <translation>Labormodus: %1</translation>
    </message>
    <message>
        <source>Two real chronyd daemons on loopback, started with -x: they never touch this machine&apos;s clock.</source>
        <translation>Zwei echte chronyd-Dienste auf Loopback-Adressen, mit -x gestartet: Sie rühren die Uhr dieses Rechners nie an.</translation>
    </message>
    <message>
        <source>The lab could not start: %1</source>
        <translation>Das Labor konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The lab was stopped.</source>
        <translation>Das Labor wurde angehalten.</translation>
    </message>
    <message>
        <source>Tandem: time sync between two systems</source>
        <translation>Tandem: Zeitabgleich zwischen zwei Systemen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>&amp;Labor</translation>
    </message>
    <message>
        <source>&amp;Open the lab</source>
        <translation>Das Labor &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Stop the lab</source>
        <translation>Das Labor an&amp;halten</translation>
    </message>
    <message>
        <source>Show &amp;this system</source>
        <translation>&amp;Dieses System zeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tandem</source>
        <translation>&amp;Über Tandem</translation>
    </message>
    <message>
        <source>About Tandem</source>
        <translation>Über Tandem</translation>
    </message>
    <message>
        <source>Looking at this system&apos;s chronyd…</source>
        <translation>Der chronyd dieses Systems wird untersucht…</translation>
    </message>
    <message>
        <source>&lt;b&gt;chrony is not installed.&lt;/b&gt; Install it with %1, then start it with %2.&lt;br&gt;Meanwhile the lab shows everything with two real chronyd daemons on loopback (it needs chrony installed too).</source>
        <translation>&lt;b&gt;chrony ist nicht installiert.&lt;/b&gt; Installieren Sie es mit %1 und starten Sie es dann mit %2.&lt;br&gt;Bis dahin zeigt das Labor alles mit zwei echten chronyd-Diensten auf Loopback-Adressen (auch dafür muss chrony installiert sein).</translation>
    </message>
    <message>
        <source>&lt;b&gt;chronyd is not running&lt;/b&gt; on this system (%1). Start it with %2.&lt;br&gt;Or try everything in the lab first: two chronyd daemons on loopback that never touch this machine&apos;s clock.</source>
        <translation>&lt;b&gt;chronyd läuft nicht&lt;/b&gt; auf diesem System (%1). Starten Sie ihn mit %2.&lt;br&gt;Oder probieren Sie zuerst alles im Labor aus: zwei chronyd-Dienste auf Loopback-Adressen, die die Uhr dieses Rechners nie anrühren.</translation>
    </message>
    <message>
        <source>Starting the lab in %1…</source>
        <translation>Das Labor wird in %1 gestartet…</translation>
    </message>
    <message>
        <source>Stop the lab</source>
        <translation>Das Labor anhalten</translation>
    </message>
    <message>
        <source>Stop the lab&apos;s two chronyd daemons? Its directory stays, so it can be started again.</source>
        <translation>Die beiden chronyd-Dienste des Labors anhalten? Sein Verzeichnis bleibt erhalten, sodass es wieder gestartet werden kann.</translation>
    </message>
    <message>
        <source>&amp;Restore this system&apos;s previous chrony.conf…</source>
        <translation>Vorherige chrony.conf dieses Systems &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore System &amp;%1&apos;s previous chrony.conf…</source>
        <translation>Vorherige chrony.conf von System &amp;%1 wiederherstellen…</translation>
    </message>
    <message>
        <source>Open the la&amp;b</source>
        <translation>Das Labor &amp;öffnen</translation>
    </message>
    <message>
        <source>The lab is running; both clocks started at %1 UTC.</source>
        <translation>Das Labor läuft; beide Uhren sind um %1 UTC gestartet.</translation>
    </message>
    <message>
        <source>Two real chronyd daemons on loopback, each on a virtual clock of its own: they step and slew those clocks, never this machine&apos;s.</source>
        <translation>Zwei echte chronyd-Dienste auf Loopback-Adressen, jeder mit einer eigenen virtuellen Uhr: Sie stellen diese Uhren und gleichen sie an, nie die Uhr dieses Rechners.</translation>
    </message>
    <message>
        <source>Make System 2&apos;s clock &amp;wrong…</source>
        <translation>Die Uhr von System 2 &amp;verstellen…</translation>
    </message>
    <message>
        <source>Rehearse a &amp;leap second…</source>
        <translation>&amp;Schaltsekunde proben…</translation>
    </message>
    <message>
        <source>Rehearse a leap second</source>
        <translation>Schaltsekunde proben</translation>
    </message>
    <message>
        <source>Restart the lab with both clocks at %1 UTC, an hour before the leap second at the end of 2016? Its chronyd daemons announce it (leap status &quot;Insert second&quot;) and insert it at midnight. The lab&apos;s daemons restart; this machine&apos;s clock is not touched.</source>
        <translation>Das Labor mit beiden Uhren auf %1 UTC neu starten, eine Stunde vor der Schaltsekunde zum Jahresende 2016? Seine chronyd-Dienste kündigen sie an (Schaltsekundenstatus „Sekunde einfügen“) und fügen sie um Mitternacht ein. Die Dienste des Labors starten neu; die Uhr dieses Rechners bleibt unberührt.</translation>
    </message>
    <message>
        <source>Restarting the lab at %1 UTC…</source>
        <translation>Das Labor wird auf %1 UTC neu gestartet…</translation>
    </message>
    <message>
        <source>Running as root: Tandem does not need it (changes go through its helper with polkit), and the settings and history kept now are root&apos;s.</source>
        <translation>Läuft als root: Tandem braucht das nicht (Änderungen laufen über den Helfer mit polkit), und die jetzt gespeicherten Einstellungen und Verläufe gehören root.</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tandem %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Tandem sets up and watches chrony time sync between two Linux systems: System 1 serves its clock, System 2 follows it.&lt;/p&gt;&lt;p&gt;Manual: &lt;code&gt;man tandem&lt;/code&gt; (the window) and &lt;code&gt;man tandem-cli&lt;/code&gt; (the same from a terminal); chrony&apos;s own: &lt;code&gt;man chrony.conf&lt;/code&gt;, &lt;code&gt;man chronyc&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tandem %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Tandem richtet die Zeitsynchronisation mit chrony zwischen zwei Linux-Systemen ein und überwacht sie: System 1 stellt seine Uhr bereit, System 2 folgt ihr.&lt;/p&gt;&lt;p&gt;Handbuch: &lt;code&gt;man tandem&lt;/code&gt; (das Fenster) und &lt;code&gt;man tandem-cli&lt;/code&gt; (dasselbe im Terminal); die von chrony: &lt;code&gt;man chrony.conf&lt;/code&gt;, &lt;code&gt;man chronyc&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This system is neither System 1 nor System 2 yet: %1 has no setup by Tandem. Today its chrony config makes it %2. &lt;b&gt;Set up time sync…&lt;/b&gt; makes it one of the two.</source>
        <translation>Dieses System ist noch weder System 1 noch System 2: %1 enthält keine Einrichtung durch Tandem. Seine chrony-Konfiguration macht es heute zu: %2. &lt;b&gt;Zeitabgleich einrichten…&lt;/b&gt; macht es zu einem der beiden.</translation>
    </message>
    <message>
        <source>Another Tandem window is open (process %1): this one shows the same, but keeps no history of its own.</source>
        <translation>Ein anderes Tandem-Fenster ist offen (Prozess %1): Dieses zeigt dasselbe, führt aber keinen eigenen Verlauf.</translation>
    </message>
    <message>
        <source>The history an earlier Tandem kept for this system was set aside as %1: it took the role from your settings, so its labels may be wrong. From now on each pair keeps its own.</source>
        <translation>Der Verlauf, den eine frühere Tandem-Version für dieses System geführt hat, wurde als %1 beiseitegelegt: Sie nahm die Rolle aus Ihren Einstellungen, daher können seine Beschriftungen falsch sein. Ab jetzt führt jedes Paar einen eigenen.</translation>
    </message>
</context>
<context>
    <name>MonitorSettingsForm</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Poll &amp;both systems every:</source>
        <translation>&amp;Beide Systeme abfragen alle:</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Abfrageintervall</translation>
    </message>
    <message>
        <source>Alert when System 2 is &amp;off System 1 by more than:</source>
        <translation>Warnen, wenn System 2 von System 1 um &amp;mehr abweicht als:</translation>
    </message>
    <message>
        <source>Offset alert threshold</source>
        <translation>Warnschwelle für den Versatz</translation>
    </message>
    <message>
        <source>…or leap status is not Normal, for longer than (&amp;grace period):</source>
        <translation>…oder der Schaltsekundenstatus nicht Normal ist, länger als (&amp;Karenzzeit):</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Karenzzeit</translation>
    </message>
    <message>
        <source>An alert clears once the condition has been gone for the same grace period; an offset alert only below 80 % of the threshold, so it does not flap.</source>
        <translation>Eine Warnung erlischt, sobald die Bedingung für dieselbe Karenzzeit nicht mehr besteht; eine Versatzwarnung erst unter 80 % der Schwelle, damit sie nicht ständig wechselt.</translation>
    </message>
    <message>
        <source>Alert when a system&apos;s link &amp;loses some polls for longer than:</source>
        <translation>Alarm, wenn die Verbindung zu einem System &amp;Abfragen verliert, länger als:</translation>
    </message>
    <message>
        <source>Degraded link grace period</source>
        <translation>Karenzzeit für gestörte Verbindung</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>&amp;Let the other system watch this system&apos;s chronyd</source>
        <translation>Das andere System den chronyd dieses Systems &amp;beobachten lassen</translation>
    </message>
    <message>
        <source>Let the other system watch this system&apos;s chronyd</source>
        <translation>Das andere System den chronyd dieses Systems beobachten lassen</translation>
    </message>
    <message>
        <source>&amp;Let %1 watch this system&apos;s chronyd</source>
        <translation>%1 den chronyd dieses Systems &amp;beobachten lassen</translation>
    </message>
    <message>
        <source>Let %1 watch this system&apos;s chronyd</source>
        <translation>%1 den chronyd dieses Systems beobachten lassen</translation>
    </message>
    <message>
        <source>Adds &lt;code&gt;cmdallow %1&lt;/code&gt; and a &lt;code&gt;bindcmdaddress&lt;/code&gt; line: chronyd&apos;s command port (UDP 323) then answers %2 as well as this system. Remote hosts only get the read-only monitoring commands (tracking, sources); nothing can be changed from there. Open UDP port 323 for %1 in the firewall if there is one.&lt;br&gt;&lt;br&gt;Tandem&apos;s live view of both systems needs this on both sides. Leave it off if this system&apos;s chrony details should stay private.</source>
        <translation>Fügt &lt;code&gt;cmdallow %1&lt;/code&gt; und eine Zeile &lt;code&gt;bindcmdaddress&lt;/code&gt; hinzu: Der Befehlsport von chronyd (UDP 323) antwortet dann %2 ebenso wie diesem System. Entfernte Rechner erhalten nur die lesenden Überwachungsbefehle (tracking, sources); von dort lässt sich nichts ändern. Öffnen Sie UDP-Port 323 für %1 in der Firewall, falls es eine gibt.&lt;br&gt;&lt;br&gt;Tandems Live-Ansicht beider Systeme braucht dies auf beiden Seiten. Lassen Sie es aus, wenn die chrony-Details dieses Systems privat bleiben sollen.</translation>
    </message>
    <message>
        <source>Listen on &amp;every interface (0.0.0.0), not only on the one facing the peer</source>
        <translation>Auf &amp;jeder Schnittstelle lauschen (0.0.0.0), nicht nur auf der zur Gegenstelle</translation>
    </message>
    <message>
        <source>Listen for monitoring on every interface</source>
        <translation>Für die Überwachung auf jeder Schnittstelle lauschen</translation>
    </message>
    <message>
        <source>chronyd&apos;s command port stays on this system&apos;s loopback.</source>
        <translation>Der Befehlsport von chronyd bleibt auf der Loopback-Schnittstelle dieses Systems.</translation>
    </message>
    <message>
        <source>In the lab, chronyd listens on its own loopback address, &lt;code&gt;%1&lt;/code&gt;.</source>
        <translation>Im Labor lauscht chronyd auf seiner eigenen Loopback-Adresse, &lt;code&gt;%1&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>chronyd will answer monitoring on &lt;b&gt;every&lt;/b&gt; network this system is on (&lt;code&gt;bindcmdaddress 0.0.0.0&lt;/code&gt;); only %1 is allowed to ask, but the port is open to all of them.</source>
        <translation>chronyd beantwortet Überwachungsanfragen in &lt;b&gt;jedem&lt;/b&gt; Netz, in dem dieses System ist (&lt;code&gt;bindcmdaddress 0.0.0.0&lt;/code&gt;); nur %1 darf fragen, aber der Port ist für alle offen.</translation>
    </message>
    <message>
        <source>chronyd will listen only on &lt;code&gt;%1&lt;/code&gt;, the address this system reaches %2 from (&lt;code&gt;bindcmdaddress %1&lt;/code&gt;). If that address changes (DHCP), monitoring stops until Tandem is run again; choose every interface then.</source>
        <translation>chronyd lauscht nur auf &lt;code&gt;%1&lt;/code&gt;, der Adresse, von der aus dieses System %2 erreicht (&lt;code&gt;bindcmdaddress %1&lt;/code&gt;). Ändert sich diese Adresse (DHCP), endet die Überwachung, bis Tandem erneut ausgeführt wird; wählen Sie dann jede Schnittstelle.</translation>
    </message>
    <message>
        <source>chronyd will listen only on the address this system reaches %1 from, worked out when the plan is made.</source>
        <translation>chronyd lauscht nur auf der Adresse, von der aus dieses System %1 erreicht; sie wird beim Erstellen des Plans ermittelt.</translation>
    </message>
    <message>
        <source>Monitoring and trust</source>
        <translation>Überwachung und Vertrauen</translation>
    </message>
    <message>
        <source>Whether %1 may watch this system&apos;s chronyd, and how System 2 knows that its time comes from System 1.</source>
        <translation>Ob %1 den chronyd dieses Systems beobachten darf und woran System 2 erkennt, dass seine Zeit von System 1 kommt.</translation>
    </message>
</context>
<context>
    <name>NtpMeasurement</name>
    <message>
        <source>local clock</source>
        <translation>lokale Uhr</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>NtpPacket</name>
    <message>
        <source>the reply is %1 bytes long, shorter than an NTP header (48 bytes)</source>
        <translation>die Antwort ist %1 Bytes lang, kürzer als ein NTP-Kopf (48 Bytes)</translation>
    </message>
    <message>
        <source>the reply has NTP mode %1, not 4 (server): something other than an NTP server answered</source>
        <translation>die Antwort hat NTP-Modus %1, nicht 4 (Server): Etwas anderes als ein NTP-Server hat geantwortet</translation>
    </message>
    <message>
        <source>the reply has NTP version %1, which no NTP server sends</source>
        <translation>die Antwort hat NTP-Version %1, die kein NTP-Server sendet</translation>
    </message>
    <message>
        <source>the reply&apos;s origin timestamp does not match our request, so it does not answer it</source>
        <translation>der Ursprungszeitstempel der Antwort passt nicht zu unserer Anfrage, sie beantwortet sie also nicht</translation>
    </message>
    <message>
        <source>the server sent a kiss-o&apos;-death (code %1), it refuses to give us time%2</source>
        <translation>der Server sandte ein Kiss-o’-Death (Code %1), er verweigert uns die Zeit%2</translation>
    </message>
    <message>
        <source>the reply has no transmit timestamp</source>
        <translation>die Antwort hat keinen Sendezeitstempel</translation>
    </message>
    <message>
        <source>the reply is %1 bytes long; an NTP server answers our request with 48</source>
        <translation>die Antwort ist %1 Bytes lang; ein NTP-Server beantwortet unsere Anfrage mit 48</translation>
    </message>
    <message>
        <source>implausible reply: stratum %1</source>
        <translation>unplausible Antwort: Stratum %1</translation>
    </message>
    <message>
        <source>implausible reply: root delay %1 s, root dispersion %2 s from a server that says it is synchronised</source>
        <translation>unplausible Antwort: Root-Delay %1 s, Root-Dispersion %2 s von einem Server, der sich synchronisiert nennt</translation>
    </message>
</context>
<context>
    <name>NtpProbe</name>
    <message>
        <source>the reply was too long</source>
        <translation>die Antwort war zu lang</translation>
    </message>
</context>
<context>
    <name>OffsetChartView</name>
    <message>
        <source>Offset chart</source>
        <translation>Versatzdiagramm</translation>
    </message>
    <message>
        <source>System 2&apos;s offset to System 1 and each system&apos;s system time over the chosen window; leap status as a band along the bottom.</source>
        <translation>Der Versatz von System 2 zu System 1 und die Systemzeit jedes Systems im gewählten Zeitfenster; der Schaltsekundenstatus als Band am unteren Rand.</translation>
    </message>
    <message>
        <source>Offset (%1)</source>
        <extracomment>Axis title; %1 is a unit such as µs</extracomment>
        <translation>Versatz (%1)</translation>
    </message>
    <message>
        <source>leap status: System 1 / System 2</source>
        <translation>Schaltsekundenstatus: System 1 / System 2</translation>
    </message>
    <message>
        <source>step</source>
        <extracomment>Chart marker: the clock was stepped (Sync now)</extracomment>
        <translation>gestellt</translation>
    </message>
    <message>
        <source>step %1 → %2</source>
        <extracomment>Chart marker: the clock was stepped from the first offset to the second (&quot;step 99.98 s → 27.39 µs&quot;)</extracomment>
        <translation>gestellt %1 → %2</translation>
    </message>
    <message>
        <source>System 2 vs. System 1 (+ = ahead)</source>
        <extracomment>Legend: System 2&apos;s offset to System 1, positive when System 2 is ahead</extracomment>
        <translation>System 2 gegenüber System 1 (+ = vor)</translation>
    </message>
    <message>
        <source>System 1 clock vs. its source (+ = ahead)</source>
        <extracomment>Legend: System 1&apos;s clock against its own source (chronyd&apos;s System time), positive when ahead</extracomment>
        <translation>Uhr von System 1 gegenüber ihrer Quelle (+ = vor)</translation>
    </message>
    <message>
        <source>System 2 clock vs. its source (+ = ahead)</source>
        <translation>Uhr von System 2 gegenüber ihrer Quelle (+ = vor)</translation>
    </message>
    <message>
        <source>leap second due</source>
        <translation>Schaltsekunde steht an</translation>
    </message>
    <message>
        <source>S%1 unreachable</source>
        <extracomment>Chart span: System N did not answer, for how long (&quot;S2 unreachable 45 s&quot;)</extracomment>
        <translation>S%1 nicht erreichbar</translation>
    </message>
    <message>
        <source>S%1 unreachable %2</source>
        <translation>S%1 nicht erreichbar %2</translation>
    </message>
</context>
<context>
    <name>PairBundle</name>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>%1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 holds no pairing code: %2</source>
        <translation>%1 enthält keinen Kopplungscode: %2</translation>
    </message>
</context>
<context>
    <name>PairDefinition</name>
    <message>
        <source>Lab System 1 (%1)</source>
        <translation>Labor-System 1 (%1)</translation>
    </message>
    <message>
        <source>Lab System 2 (%1)</source>
        <translation>Labor-System 2 (%1)</translation>
    </message>
    <message>
        <source>System %1: this system</source>
        <translation>System %1: dieses System</translation>
    </message>
    <message>
        <source>System %1 (%2)</source>
        <translation>System %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PairKey</name>
    <message>
        <source>The key ID must be between 1 and %1.</source>
        <translation>Die Schlüssel-ID muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The key must be %1 hexadecimal digits.</source>
        <translation>Der Schlüssel muss aus %1 Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <source>The code has characters that are not in a pairing code (letters, and digits 2 to 7).</source>
        <translation>Der Code enthält Zeichen, die in keinem Kopplungscode vorkommen (Buchstaben und die Ziffern 2 bis 7).</translation>
    </message>
    <message>
        <source>The code has %1 of its %2 characters.</source>
        <translation>Der Code hat %1 seiner %2 Zeichen.</translation>
    </message>
    <message>
        <source>The code has a typo: its check characters do not match the rest.</source>
        <translation>Der Code enthält einen Tippfehler: seine Prüfzeichen passen nicht zum Rest.</translation>
    </message>
    <message>
        <source>The code does not hold a key ID Tandem uses.</source>
        <translation>Der Code enthält keine Schlüssel-ID, die Tandem verwendet.</translation>
    </message>
</context>
<context>
    <name>PairKeyBox</name>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>&amp;Authenticate System 1&apos;s time with a shared key (recommended)</source>
        <translation>Zeit von System 1 mit einem gemeinsamen Schlüssel &amp;authentifizieren (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>System 1&apos;s pairing code</source>
        <translation>Kopplungscode von System 1</translation>
    </message>
    <message>
        <source>System 1&apos;s pairing &amp;code:</source>
        <translation>Kopplungs&amp;code von System 1:</translation>
    </message>
    <message>
        <source>System 2 will take time from any reply that comes from this system&apos;s address.</source>
        <translation>System 2 übernimmt die Zeit aus jeder Antwort, die von der Adresse dieses Systems kommt.</translation>
    </message>
    <message>
        <source>This system will take time from any reply that comes from System 1&apos;s address, also from an impostor answering for it.</source>
        <translation>Dieses System übernimmt die Zeit aus jeder Antwort, die von der Adresse von System 1 kommt, auch von einem Betrüger, der an seiner Stelle antwortet.</translation>
    </message>
    <message>
        <source>A fresh key (%1) is made for this pair and written into chrony&apos;s key file. The Review page shows its pairing code: type it into System 2&apos;s wizard, or export it to a file only you can read. System 2 then ignores replies without it.</source>
        <translation>Für dieses Paar wird ein neuer Schlüssel (%1) erzeugt und in chronys Schlüsseldatei geschrieben. Die Übersichtsseite zeigt seinen Kopplungscode: Geben Sie ihn im Assistenten von System 2 ein oder exportieren Sie ihn in eine Datei, die nur Sie lesen können. System 2 ignoriert dann Antworten ohne ihn.</translation>
    </message>
    <message>
        <source>Type the pairing code System 1&apos;s wizard shows, or import the file it exported. Replies without System 1&apos;s key are then refused.</source>
        <translation>Geben Sie den Kopplungscode ein, den der Assistent von System 1 zeigt, oder importieren Sie die exportierte Datei. Antworten ohne den Schlüssel von System 1 werden dann abgewiesen.</translation>
    </message>
    <message>
        <source>Key %1: the code is complete and its check matches.</source>
        <translation>Schlüssel %1: Der Code ist vollständig und seine Prüfung stimmt.</translation>
    </message>
    <message>
        <source>The code is needed to go on, or turn authentication off.</source>
        <translation>Zum Fortfahren wird der Code benötigt, oder schalten Sie die Authentifizierung aus.</translation>
    </message>
    <message>
        <source>Import System 1&apos;s pairing file</source>
        <translation>Kopplungsdatei von System 1 importieren</translation>
    </message>
    <message>
        <source>Tandem pairing file (*.tandem-pair);;All files (*)</source>
        <translation>Tandem-Kopplungsdatei (*.tandem-pair);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Keep the pair&apos;s key %1 (the other system has it already)</source>
        <translation>Schlüssel %1 des Paars beibe&amp;halten (das andere System hat ihn schon)</translation>
    </message>
    <message>
        <source>Make a ne&amp;w key (System 2 then needs its new code)</source>
        <translation>Einen &amp;neuen Schlüssel erzeugen (System 2 braucht dann den neuen Code)</translation>
    </message>
    <message>
        <source>Use a ne&amp;w code from System 1</source>
        <translation>Einen &amp;neuen Code von System 1 verwenden</translation>
    </message>
    <message>
        <source>Key %1 stays in chrony&apos;s key file as Tandem wrote it; nothing needs to be carried across.</source>
        <translation>Schlüssel %1 bleibt so in chronys Schlüsseldatei, wie Tandem ihn geschrieben hat; nichts muss übertragen werden.</translation>
    </message>
</context>
<context>
    <name>PairMonitor</name>
    <message>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>chronyd&apos;s configured sources</source>
        <translation>die konfigurierten Quellen von chronyd</translation>
    </message>
    <message>
        <source>Could not export the alert log to %1: %2</source>
        <translation>Das Alarmprotokoll konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>Sync now steps this machine&apos;s clock, and this machine is not one of the two systems shown.</source>
        <translation>„Jetzt synchronisieren“ stellt die Uhr dieses Rechners, und dieser Rechner ist keines der beiden angezeigten Systeme.</translation>
    </message>
    <message>
        <source>This system&apos;s chronyd does not answer, so there is nothing to step with.</source>
        <translation>Der chronyd dieses Systems antwortet nicht, also gibt es nichts, womit gestellt werden könnte.</translation>
    </message>
    <message>
        <source>System 1 serves its own clock and has no time source to step to (no online pools). Sync now belongs on System 2.</source>
        <translation>System 1 stellt seine eigene Uhr bereit und hat keine Zeitquelle, nach der es gestellt werden könnte (keine Online-Pools). „Jetzt synchronisieren“ gehört auf System 2.</translation>
    </message>
    <message>
        <source>This system&apos;s chronyd has no time source to step to.</source>
        <translation>Der chronyd dieses Systems hat keine Zeitquelle, nach der gestellt werden könnte.</translation>
    </message>
</context>
<context>
    <name>PanelFormat</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Insert second</source>
        <translation>Sekunde einfügen</translation>
    </message>
    <message>
        <source>Delete second</source>
        <translation>Sekunde auslassen</translation>
    </message>
    <message>
        <source>Not synchronised</source>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>PeerAccess</name>
    <message>
        <source>System 2</source>
        <translation>System 2</translation>
    </message>
    <message>
        <source>System 1</source>
        <translation>System 1</translation>
    </message>
    <message>
        <source>it has no address</source>
        <translation>er hat keine Adresse</translation>
    </message>
    <message>
        <source>%1&apos;s name %2 does not resolve on this machine (%3), and chronyd would not start with it in allow/cmdallow: use %1&apos;s address.</source>
        <translation>Der Name %2 von %1 lässt sich auf diesem Rechner nicht auflösen (%3), und chronyd würde mit ihm in allow/cmdallow nicht starten: bitte die Adresse von %1 verwenden.</translation>
    </message>
    <message>
        <source>This machine has no route to %1.</source>
        <translation>Dieser Rechner hat keine Route zu %1.</translation>
    </message>
    <message>
        <source>%1&apos;s address: %2</source>
        <translation>Adresse von %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an address.</source>
        <translation>%1 ist keine Adresse.</translation>
    </message>
    <message>
        <source>Which of this machine&apos;s addresses faces %1 is unknown: %2 Choose to listen for monitoring on all interfaces, or give the address.</source>
        <translation>Welche Adresse dieses Rechners %1 zugewandt ist, ist unbekannt: %2 Bitte die Überwachung auf allen Schnittstellen wählen oder die Adresse angeben.</translation>
    </message>
</context>
<context>
    <name>PeerFirewallHint</name>
    <message>
        <source>The chronyd on %1 runs (its command port %2 answered), but its NTP port UDP %3 does not answer this system: a firewall on %1 drops UDP %3 from %4, or the chrony.conf on %1 has no &apos;allow&apos; for %4. On %1, run: tandem-cli firewall check --peer %4 --port %3</source>
        <translation>Das chronyd auf %1 läuft (sein Befehlsport %2 antwortete), aber sein NTP-Port UDP %3 antwortet diesem System nicht: Eine Firewall auf %1 verwirft UDP %3 von %4, oder die chrony.conf auf %1 hat kein „allow“ für %4. Auf %1 ausführen: tandem-cli firewall check --peer %4 --port %3</translation>
    </message>
</context>
<context>
    <name>PeerPage</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>The other system</source>
        <translation>Das andere System</translation>
    </message>
    <message>
        <source>The other system&apos;s address</source>
        <translation>Die Adresse des anderen Systems</translation>
    </message>
    <message>
        <source>Test the other system</source>
        <translation>Das andere System testen</translation>
    </message>
    <message>
        <source>System 2 will set its clock from this system.</source>
        <translation>System 2 wird seine Uhr nach diesem System stellen.</translation>
    </message>
    <message>
        <source>System 2&apos;s &amp;address (or a subnet such as 192.168.1.0/24 for several clients):</source>
        <translation>&amp;Adresse von System 2 (oder ein Subnetz wie 192.168.1.0/24 für mehrere Clients):</translation>
    </message>
    <message>
        <source>This system will follow System 1.</source>
        <translation>Dieses System wird System 1 folgen.</translation>
    </message>
    <message>
        <source>This system&apos;s clock will be set once from System 1.</source>
        <translation>Die Uhr dieses Systems wird einmalig nach System 1 gestellt.</translation>
    </message>
    <message>
        <source>System 1&apos;s &amp;address or host name:</source>
        <translation>&amp;Adresse oder Rechnername von System 1:</translation>
    </message>
    <message>
        <source>%1&apos;s address</source>
        <translation>Adresse von %1</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.3</source>
        <translation>z. B. 192.168.1.3</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.2</source>
        <translation>z. B. 192.168.1.2</translation>
    </message>
    <message>
        <source>Enter System 2&apos;s address to continue.</source>
        <translation>Geben Sie die Adresse von System 2 ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Enter System 1&apos;s address to continue.</source>
        <translation>Geben Sie die Adresse von System 1 ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>This is not an address Tandem can use: %1</source>
        <translation>Diese Adresse kann Tandem nicht verwenden: %1</translation>
    </message>
    <message>
        <source>System 1 is one machine: enter its address, not a subnet.</source>
        <translation>System 1 ist ein einzelner Rechner: Geben Sie seine Adresse ein, kein Subnetz.</translation>
    </message>
    <message>
        <source>In the lab the other system is on this machine: use a loopback address such as %1.</source>
        <translation>Im Labor läuft das andere System auf diesem Rechner: Verwenden Sie eine Loopback-Adresse wie %1.</translation>
    </message>
    <message>
        <source>A subnet cannot be tested; test from System 2 once it is set up.</source>
        <translation>Ein Subnetz lässt sich nicht testen; testen Sie von System 2 aus, sobald es eingerichtet ist.</translation>
    </message>
    <message>
        <source>Asking %1 for the time…</source>
        <translation>%1 wird nach der Zeit gefragt…</translation>
    </message>
    <message>
        <source>✗ %1 cannot be resolved: %2. Check the spelling, or use the IP address.</source>
        <translation>✗ %1 lässt sich nicht auflösen: %2. Prüfen Sie die Schreibweise oder verwenden Sie die IP-Adresse.</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;NTP answers&lt;/b&gt; on UDP port %1: its clock is %2 %3 this one; delay %4; stratum %5 (reference: %6).</source>
        <translation>✓ &lt;b&gt;NTP antwortet&lt;/b&gt; auf UDP-Port %1: Seine Uhr geht gegenüber dieser %2 %3; Laufzeit %4; Stratum %5 (Referenz: %6).</translation>
    </message>
    <message>
        <source>⚠ It answers but says it is not synchronised (leap status: unsynchronised): on System 1, chrony needs a &lt;code&gt;local stratum&lt;/code&gt; line to serve its own clock.</source>
        <translation>⚠ Es antwortet, meldet aber, nicht synchronisiert zu sein (Schaltsekundenstatus: unsynchronised): Auf System 1 braucht chrony eine Zeile &lt;code&gt;local stratum&lt;/code&gt;, um seine eigene Uhr bereitzustellen.</translation>
    </message>
    <message>
        <source>✗ &lt;b&gt;No NTP answer&lt;/b&gt; from %1 on UDP port %2 (%3). Either chronyd is not running there, its &lt;code&gt;allow&lt;/code&gt; line does not include this system, or a firewall blocks UDP port %2.</source>
        <translation>✗ &lt;b&gt;Keine NTP-Antwort&lt;/b&gt; von %1 auf UDP-Port %2 (%3). Entweder läuft chronyd dort nicht, seine Zeile &lt;code&gt;allow&lt;/code&gt; schließt dieses System nicht ein, oder eine Firewall sperrt UDP-Port %2.</translation>
    </message>
    <message>
        <source>That is expected while System 2 is not set up yet: System 2 does not have to serve time.</source>
        <translation>Das ist zu erwarten, solange System 2 noch nicht eingerichtet ist: System 2 muss keine Zeit bereitstellen.</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;Its command port %1 answers&lt;/b&gt;: this system can watch its chronyd.</source>
        <translation>✓ &lt;b&gt;Sein Befehlsport %1 antwortet&lt;/b&gt;: Dieses System kann seinen chronyd beobachten.</translation>
    </message>
    <message>
        <source>✗ &lt;b&gt;Its command port %1 does not answer&lt;/b&gt; (%2). Watching it from here needs &lt;code&gt;cmdallow&lt;/code&gt; and &lt;code&gt;bindcmdaddress&lt;/code&gt; there and UDP port %1 open in its firewall. The setup itself works without it.</source>
        <translation>✗ &lt;b&gt;Sein Befehlsport %1 antwortet nicht&lt;/b&gt; (%2). Um ihn von hier zu beobachten, braucht es dort &lt;code&gt;cmdallow&lt;/code&gt; und &lt;code&gt;bindcmdaddress&lt;/code&gt; sowie UDP-Port %1 offen in seiner Firewall. Die Einrichtung selbst funktioniert auch ohne.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>PeerTester</name>
    <message>
        <source>lab System %1&apos;s clock cannot be read: %2</source>
        <translation>die Uhr von Labor-System %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>the name has no usable address</source>
        <translation>der Name hat keine verwendbare Adresse</translation>
    </message>
</context>
<context>
    <name>PollingPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>How often System 2 asks System 1</source>
        <translation>Wie oft System 2 System 1 fragt</translation>
    </message>
    <message>
        <source>More often follows System 1 more closely and costs more packets; on a LAN both are cheap.</source>
        <translation>Häufiger folgt System 1 genauer und kostet mehr Pakete; im LAN ist beides günstig.</translation>
    </message>
    <message>
        <source>&amp;Fast: every 2 s (the guide&apos;s minpoll 1 / maxpoll 1)</source>
        <translation>&amp;Schnell: alle 2 s (minpoll 1 / maxpoll 1 der Anleitung)</translation>
    </message>
    <message>
        <source>B&amp;alanced: every 16 s to 64 s</source>
        <translation>&amp;Ausgewogen: alle 16 s bis 64 s</translation>
    </message>
    <message>
        <source>chrony&apos;s &amp;default: every 64 s to 17 min</source>
        <translation>&amp;Standard von chrony: alle 64 s bis 17 min</translation>
    </message>
    <message>
        <source>C&amp;ustom</source>
        <translation>&amp;Eigene Werte</translation>
    </message>
    <message>
        <source>minpoll</source>
        <translation>minpoll</translation>
    </message>
    <message>
        <source>maxpoll</source>
        <translation>maxpoll</translation>
    </message>
    <message>
        <source>min&amp;poll (log2 seconds):</source>
        <translation>min&amp;poll (log2 Sekunden):</translation>
    </message>
    <message>
        <source>ma&amp;xpoll (log2 seconds):</source>
        <translation>ma&amp;xpoll (log2 Sekunden):</translation>
    </message>
    <message>
        <source>maxpoll must not be smaller than minpoll.</source>
        <translation>maxpoll darf nicht kleiner als minpoll sein.</translation>
    </message>
    <message>
        <source>&amp;Step whenever System 2 is more than 1 s off (makestep 1 -1)</source>
        <translation>Immer s&amp;tellen, wenn System 2 mehr als 1 s abweicht (makestep 1 -1)</translation>
    </message>
    <message>
        <source>Step whenever System 2 is more than 1 s off</source>
        <translation>Immer stellen, wenn System 2 mehr als 1 s abweicht</translation>
    </message>
    <message>
        <source>For a System 1 whose clock may jump (mode 1, a clock set by hand). Without it, chronyd steps only during its first updates (Debian&apos;s makestep 1 3) and afterwards corrects a jump slowly, about 12 s for every second of difference.</source>
        <translation>Für ein System 1, dessen Uhr springen kann (Modus 1, eine von Hand gestellte Uhr). Ohne diese Einstellung stellt chronyd nur bei seinen ersten Aktualisierungen (Debians makestep 1 3) und gleicht einen späteren Sprung langsam aus, etwa 12 s je Sekunde Abweichung.</translation>
    </message>
    <message>
        <source>One request every %1: %2 requests a day, about %3 of traffic.</source>
        <translation>Eine Anfrage alle %1: %2 Anfragen am Tag, etwa %3 Datenverkehr.</translation>
    </message>
    <message>
        <source>One request every %1 to %2 (chrony slows down while the clocks agree): at most %3 requests a day, about %4 of traffic.</source>
        <translation>Eine Anfrage alle %1 bis %2 (chrony fragt seltener, solange die Uhren übereinstimmen): höchstens %3 Anfragen am Tag, etwa %4 Datenverkehr.</translation>
    </message>
</context>
<context>
    <name>ProcessTerminator</name>
    <message>
        <source>cannot watch process %1: %2</source>
        <translation>Prozess %1 kann nicht beobachtet werden: %2</translation>
    </message>
    <message>
        <source>process %1 is not the lab&apos;s chronyd (%2), so the lab leaves it alone</source>
        <translation>Prozess %1 ist nicht das chronyd des Labors (%2), also lässt das Labor ihn in Ruhe</translation>
    </message>
    <message>
        <source>process %1 did not end even after SIGKILL</source>
        <translation>Prozess %1 endete selbst nach SIGKILL nicht</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 is a host name, and chronyd resolves a name in allow/cmdallow only once, while it reads the file (and does not start when that fails): Tandem writes its addresses, so it must be resolved first.</source>
        <translation>%1 ist ein Hostname, und chronyd löst Namen in allow/cmdallow nur einmal beim Lesen der Datei auf (und startet nicht, wenn das scheitert): Tandem schreibt die Adressen, daher muss der Name zuerst aufgelöst werden.</translation>
    </message>
    <message>
        <source>Resolved addresses only go with a host name, not with %1.</source>
        <translation>Aufgelöste Adressen gehören nur zu einem Hostnamen, nicht zu %1.</translation>
    </message>
    <message>
        <source>%1&apos;s address %2: %3</source>
        <translation>Adresse %2 von %1: %3</translation>
    </message>
    <message>
        <source>System 2&apos;s address: %1</source>
        <translation>Adresse von System 2: %1</translation>
    </message>
    <message>
        <source>System 1&apos;s address: %1</source>
        <translation>Adresse von System 1: %1</translation>
    </message>
    <message>
        <source>The local stratum must be between 1 and 15 (it is %1).</source>
        <translation>Das lokale Stratum muss zwischen 1 und 15 liegen (es ist %1).</translation>
    </message>
    <message>
        <source>Polling values must be between -7 and 24 (got %1).</source>
        <translation>Abfragewerte müssen zwischen -7 und 24 liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>maxpoll (%1) must not be smaller than minpoll (%2).</source>
        <translation>maxpoll (%1) darf nicht kleiner als minpoll (%2) sein.</translation>
    </message>
    <message>
        <source>The NTP port must be between 1 and 65535 (0 means the default, 123).</source>
        <translation>Der NTP-Port muss zwischen 1 und 65535 liegen (0 steht für den Standard, 123).</translation>
    </message>
    <message>
        <source>&apos;makestep 1 -1&apos; is a System 2 setting: it makes System 2 follow jumps of System 1&apos;s clock.</source>
        <translation>„makestep 1 -1“ ist eine Einstellung für System 2: Damit folgt System 2 Sprüngen der Uhr von System 1.</translation>
    </message>
    <message>
        <source>Which of this machine&apos;s addresses faces %1 is not known, so chronyd would not know where to listen for its monitoring: give the address, or choose all interfaces.</source>
        <translation>Welche Adresse dieses Rechners %1 zugewandt ist, ist nicht bekannt, also wüsste chronyd nicht, wo es für die Überwachung lauschen soll: bitte die Adresse angeben oder alle Schnittstellen wählen.</translation>
    </message>
    <message>
        <source>The monitoring address %1 and the peer %2 are of different IP versions, so the peer could not reach the monitoring port.</source>
        <translation>Die Überwachungsadresse %1 und die Gegenstelle %2 haben verschiedene IP-Versionen, also könnte die Gegenstelle den Überwachungsport nicht erreichen.</translation>
    </message>
    <message>
        <source>The monitoring address: %1</source>
        <translation>Die Überwachungsadresse: %1</translation>
    </message>
    <message>
        <source>The key file must be an absolute path without spaces.</source>
        <translation>Die Schlüsseldatei muss ein absoluter Pfad ohne Leerzeichen sein.</translation>
    </message>
    <message>
        <source>The config names no key file, and none was given for the pair&apos;s key.</source>
        <translation>Die Konfiguration nennt keine Schlüsseldatei, und für den Schlüssel des Paars wurde keine angegeben.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>lab System %1&apos;s %2</source>
        <translation>%2 von Labor-System %1</translation>
    </message>
    <message>
        <source>The helper failed (exit code %1).</source>
        <translation>Der Helfer ist gescheitert (Exit-Code %1).</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup</source>
        <translation>Gewählte Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore a previous chrony.conf (lab)</source>
        <translation>Eine frühere chrony.conf wiederherstellen (Labor)</translation>
    </message>
    <message>
        <source>Restore a previous chrony.conf</source>
        <translation>Eine frühere chrony.conf wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup of %1 to put back; the diff shows what would change. Restore restarts chrony with it. The config it replaces is backed up first, so a restore can be undone the same way. If chrony does not come up with it, the current config is put back.</source>
        <translation>Wählen Sie die Sicherung von %1, die zurückkommen soll; der Diff zeigt, was sich ändern würde. Wiederherstellen startet chrony damit neu. Die ersetzte Konfiguration wird vorher gesichert, sodass sich eine Wiederherstellung auf dieselbe Weise rückgängig machen lässt. Startet chrony damit nicht, kommt die aktuelle Konfiguration zurück.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Changes the selected backup would make</source>
        <translation>Änderungen, die die gewählte Sicherung bewirken würde</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(oldest, kept for good)</source>
        <translation>(älteste, wird dauerhaft behalten)</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Sicherung %1</translation>
    </message>
    <message>
        <source>No backups yet: Tandem keeps one each time it changes this chrony.conf.</source>
        <translation>Noch keine Sicherungen: Tandem legt bei jeder Änderung dieser chrony.conf eine an.</translation>
    </message>
    <message>
        <source>This backup is readable by root only (the config it copied was), so its changes cannot be shown here; the helper can still restore it.</source>
        <translation>Diese Sicherung kann nur root lesen (wie die Konfiguration, die sie kopiert hat), daher sind ihre Änderungen hier nicht zu sehen; der Helfer kann sie trotzdem wiederherstellen.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>Sicherung %1</translation>
    </message>
    <message>
        <source>The same as the current config: restoring it changes nothing but restarts chrony.</source>
        <translation>Gleich der aktuellen Konfiguration: Wiederherstellen ändert nichts, startet chrony aber neu.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The chosen config is back and chrony runs with it.</source>
        <translation>Die gewählte Konfiguration ist zurück, und chrony läuft damit.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Export the other system&apos;s config…</source>
        <translation>Konfiguration des anderen Systems &amp;exportieren…</translation>
    </message>
    <message>
        <source>Review the change</source>
        <translation>Die Änderung prüfen</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Changes to chrony.conf</source>
        <translation>Änderungen an chrony.conf</translation>
    </message>
    <message>
        <source>Lint findings</source>
        <translation>Prüfbefunde</translation>
    </message>
    <message>
        <source>This system&apos;s address, as the other system reaches it</source>
        <translation>Die Adresse dieses Systems, wie das andere System es erreicht</translation>
    </message>
    <message>
        <source>The other system&apos;s matching chrony.conf</source>
        <translation>Die passende chrony.conf des anderen Systems</translation>
    </message>
    <message>
        <source>&amp;Findings on the new file:</source>
        <translation>&amp;Befunde zur neuen Datei:</translation>
    </message>
    <message>
        <source>&amp;This system&apos;s chrony.conf</source>
        <translation>chrony.conf &amp;dieses Systems</translation>
    </message>
    <message>
        <source>The &amp;other system</source>
        <translation>Das &amp;andere System</translation>
    </message>
    <message>
        <source>This system&apos;s address, as %1 reaches it:</source>
        <translation>Adresse dieses Systems, wie %1 es erreicht:</translation>
    </message>
    <message>
        <source>This system&apos;s address, as %1 reaches it</source>
        <translation>Adresse dieses Systems, wie %1 es erreicht</translation>
    </message>
    <message>
        <source>Copy %1&apos;s config</source>
        <translation>Konfiguration von %1 kopieren</translation>
    </message>
    <message>
        <source>Export %1&apos;s config to a file</source>
        <translation>Konfiguration von %1 in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>through tandem-helper in the lab (no password)</source>
        <translation>über tandem-helper im Labor (ohne Passwort)</translation>
    </message>
    <message>
        <source>through tandem-helper (your administrator password is asked for)</source>
        <translation>über tandem-helper (Ihr Administratorpasswort wird abgefragt)</translation>
    </message>
    <message>
        <source>%1 already has these settings: applying changes nothing and restarts nothing.</source>
        <translation>%1 enthält diese Einstellungen bereits: Anwenden ändert nichts und startet nichts neu.</translation>
    </message>
    <message>
        <source>Apply writes these changes to %1 %2, after a backup, and restarts chrony. If chrony does not come up with them, the previous file is put back.</source>
        <translation>„Anwenden“ schreibt diese Änderungen %2 in %1, nach einer Sicherung, und startet chrony neu. Startet chrony damit nicht, wird die vorige Datei wiederhergestellt.</translation>
    </message>
    <message>
        <source>(no changes)</source>
        <translation>(keine Änderungen)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2 (%3)</source>
        <translation>Zeile %1: %2 (%3)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>%1&apos;s chrony.conf to match (shown over a default Debian config; Tandem writes the same when run there):</source>
        <translation>Die passende chrony.conf für %1 (über einer Debian-Standardkonfiguration gezeigt; Tandem schreibt dort dasselbe, wenn es dort läuft):</translation>
    </message>
    <message>
        <source>Enter this system&apos;s address above to get %1&apos;s matching config.</source>
        <translation>Geben Sie oben die Adresse dieses Systems ein, um die passende Konfiguration für %1 zu erhalten.</translation>
    </message>
    <message>
        <source>Export the other system&apos;s config</source>
        <translation>Konfiguration des anderen Systems exportieren</translation>
    </message>
    <message>
        <source>chrony config (*.conf)</source>
        <translation>chrony-Konfiguration (*.conf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Looking up %1&apos;s addresses…</source>
        <translation>Adressen von %1 werden nachgeschlagen…</translation>
    </message>
    <message>
        <source>System 2&apos;s pairing code (key %1): &lt;b&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/b&gt;&lt;br&gt;Type it into System 2&apos;s wizard, or export it to a file only you can read and delete that file afterwards.</source>
        <translation>Kopplungscode für System 2 (Schlüssel %1): &lt;b&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/b&gt;&lt;br&gt;Geben Sie ihn im Assistenten von System 2 ein, oder exportieren Sie ihn in eine Datei, die nur Sie lesen können, und löschen Sie diese danach.</translation>
    </message>
    <message>
        <source>Export System 2&apos;s pairing file</source>
        <translation>Kopplungsdatei für System 2 exportieren</translation>
    </message>
    <message>
        <source>Tandem pairing file (*.tandem-pair)</source>
        <translation>Tandem-Kopplungsdatei (*.tandem-pair)</translation>
    </message>
    <message>
        <source>The pair&apos;s key %1 stays as it is: System 2 needs no new code.</source>
        <translation>Der Schlüssel %1 des Paars bleibt, wie er ist: System 2 braucht keinen neuen Code.</translation>
    </message>
    <message>
        <source>&amp;Export System 2&apos;s pairing file…</source>
        <translation>Kopplungsdatei für System 2 &amp;exportieren…</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>This system is System &amp;1: it serves its clock</source>
        <translation>Dieses System ist System &amp;1: Es stellt seine Uhr bereit</translation>
    </message>
    <message>
        <source>This system is System &amp;2: it follows System 1</source>
        <translation>Dieses System ist System &amp;2: Es folgt System 1</translation>
    </message>
    <message>
        <source>&amp;One-time sync only: set this clock once from System 1</source>
        <translation>Nur &amp;einmalig abgleichen: diese Uhr einmal nach System 1 stellen</translation>
    </message>
    <message>
        <source>What this system does</source>
        <translation>Was dieses System tut</translation>
    </message>
    <message>
        <source>Two systems keep the same time: System 1 is the reference, System 2 follows it.</source>
        <translation>Zwei Systeme halten dieselbe Zeit: System 1 ist die Referenz, System 2 folgt ihm.</translation>
    </message>
    <message>
        <source>System 1, serves its clock</source>
        <translation>System 1, stellt seine Uhr bereit</translation>
    </message>
    <message>
        <source>System 2, follows System 1</source>
        <translation>System 2, folgt System 1</translation>
    </message>
    <message>
        <source>One-time sync only</source>
        <translation>Nur einmalig abgleichen</translation>
    </message>
    <message>
        <source>Other systems set their clocks from this one. It keeps its own time (and, if you like, follows internet time servers).</source>
        <translation>Andere Systeme stellen ihre Uhren nach diesem. Es hält seine eigene Zeit (und folgt auf Wunsch Internet-Zeitservern).</translation>
    </message>
    <message>
        <source>This system sets its clock from System 1, continuously, and keeps following it.</source>
        <translation>Dieses System stellt seine Uhr fortlaufend nach System 1 und folgt ihm weiter.</translation>
    </message>
    <message>
        <source>Steps this clock to System 1&apos;s time once, now. No configuration changes; the clock is not kept in step afterwards.</source>
        <translation>Stellt diese Uhr jetzt einmalig auf die Zeit von System 1. Die Konfiguration bleibt unverändert; danach wird die Uhr nicht weiter nachgeführt.</translation>
    </message>
    <message>
        <source>Choose one of the three to continue.</source>
        <translation>Wählen Sie eine der drei Möglichkeiten, um fortzufahren.</translation>
    </message>
    <message>
        <source>In the lab, this window plays the system you choose; the other lab system is the peer.</source>
        <translation>Im Labor spielt dieses Fenster das gewählte System; das andere Labor-System ist die Gegenstelle.</translation>
    </message>
</context>
<context>
    <name>SecondsText</name>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>ns</source>
        <translation>ns</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>0 s</source>
        <translation>0 s</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A number and its unit, e.g. &quot;12.35 µs&quot;
----------
An offset and what its sign means, e.g. &quot;12.35 µs ahead&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ServerModePage</name>
    <message>
        <source>Mode &amp;1: this system&apos;s own clock only</source>
        <translation>Modus &amp;1: nur die eigene Uhr dieses Systems</translation>
    </message>
    <message>
        <source>Mode &amp;2: own clock, and follow online time servers when reachable</source>
        <translation>Modus &amp;2: eigene Uhr, und Online-Zeitservern folgen, wenn erreichbar</translation>
    </message>
    <message>
        <source>How System 1 keeps its time</source>
        <translation>Wie System 1 seine Zeit hält</translation>
    </message>
    <message>
        <source>System 2 will follow whatever time System 1 has.</source>
        <translation>System 2 folgt der Zeit, die System 1 hat, welche es auch sei.</translation>
    </message>
    <message>
        <source>Mode 1, own clock only</source>
        <translation>Modus 1, nur eigene Uhr</translation>
    </message>
    <message>
        <source>Mode 2, own clock and online time servers</source>
        <translation>Modus 2, eigene Uhr und Online-Zeitserver</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Stratum</translation>
    </message>
    <message>
        <source>For an isolated network: online servers are switched off in chrony.conf and both systems agree on System 1&apos;s clock, right or wrong.</source>
        <translation>Für ein abgeschottetes Netz: Online-Server werden in chrony.conf abgeschaltet, und beide Systeme einigen sich auf die Uhr von System 1, ob richtig oder falsch.</translation>
    </message>
    <message>
        <source>&amp;Stratum of the local clock:</source>
        <translation>&amp;Stratum der lokalen Uhr:</translation>
    </message>
    <message>
        <source>How far from a real reference clock System 1 claims to be. 10 (the usual value) keeps it below any real server, so a real one always wins.</source>
        <translation>Wie weit System 1 angeblich von einer echten Referenzuhr entfernt ist. 10 (der übliche Wert) hält es unter jedem echten Server, sodass ein echter immer gewinnt.</translation>
    </message>
    <message>
        <source>The online servers already in chrony.conf stay: System 1 follows them when the internet is there. When they are lost, System 1 keeps serving the time they gave it, and its own clock (local stratum) takes over only once its estimated error (root distance) reaches 1 s, which can take hours; until then System 2 keeps following System 1 as before.</source>
        <translation>Die Online-Server in chrony.conf bleiben: System 1 folgt ihnen, wenn das Internet erreichbar ist. Fallen sie weg, stellt System 1 weiter die Zeit bereit, die es von ihnen hatte, und seine eigene Uhr (local stratum) übernimmt erst, wenn sein geschätzter Fehler (Root-Distanz) 1 s erreicht, was Stunden dauern kann; bis dahin folgt System 2 weiter System 1.</translation>
    </message>
</context>
<context>
    <name>SetupPlan</name>
    <message>
        <source>A one-time sync changes no configuration.</source>
        <translation>Ein einmaliger Abgleich ändert keine Konfiguration.</translation>
    </message>
    <message>
        <source>System 2</source>
        <translation>System 2</translation>
    </message>
    <message>
        <source>System 1</source>
        <translation>System 1</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up time sync (lab)</source>
        <translation>Zeitabgleich einrichten (Labor)</translation>
    </message>
    <message>
        <source>Set up time sync</source>
        <translation>Zeitabgleich einrichten</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>System 2</source>
        <translation>System 2</translation>
    </message>
    <message>
        <source>System 1</source>
        <translation>System 1</translation>
    </message>
</context>
<context>
    <name>SourcesTable</name>
    <message>
        <source>No time sources. A System 1 that serves its own clock (local stratum) has none; otherwise chronyd has not been given any.</source>
        <translation>Keine Zeitquellen. Ein System 1, das seine eigene Uhr bereitstellt (local stratum), hat keine; andernfalls wurden chronyd keine vorgegeben.</translation>
    </message>
</context>
<context>
    <name>SourcesTableModel</name>
    <message>
        <source>selected: the source chronyd follows now</source>
        <translation>ausgewählt: die Quelle, der chronyd jetzt folgt</translation>
    </message>
    <message>
        <source>not selectable: unreachable, or not usable yet</source>
        <translation>nicht auswählbar: unerreichbar oder noch nicht verwendbar</translation>
    </message>
    <message>
        <source>falseticker: disagrees with the other sources</source>
        <translation>Falschticker: weicht von den anderen Quellen ab</translation>
    </message>
    <message>
        <source>too variable to be trusted</source>
        <translation>zu schwankend, um ihr zu vertrauen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>± %1</source>
        <translation>± %1</translation>
    </message>
    <message>
        <source>The last 8 polls, newest on the right: 1 = answered (chronyc shows %1 in octal).</source>
        <translation>Die letzten 8 Abfragen, die neueste rechts: 1 = beantwortet (chronyc zeigt %1 oktal).</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Stratum</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Last sample</source>
        <translation>Letzte Messung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>combined: averaged in with the selected source</source>
        <translation>kombiniert: mit der ausgewählten Quelle gemittelt</translation>
    </message>
    <message>
        <source>selectable, but not combined with the selected source</source>
        <translation>auswählbar, aber nicht mit der ausgewählten Quelle kombiniert</translation>
    </message>
    <message>
        <source>This system&apos;s clock against the source at the last sample (+ = this clock is ahead of the source, as everywhere in Tandem).</source>
        <translation>Die Uhr dieses Systems gegenüber der Quelle bei der letzten Messung (+ = diese Uhr geht der Quelle vor, wie überall in Tandem).</translation>
    </message>
    <message>
        <source>This clock vs. source</source>
        <extracomment>Column: how far this system&apos;s clock is from the row&apos;s source (+ = ahead)</extracomment>
        <translation>Diese Uhr ggü. Quelle</translation>
    </message>
    <message>
        <source>%1 (not resolved yet)</source>
        <translation>%1 (noch nicht aufgelöst)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SyncConfirmPage</name>
    <message>
        <source>I &amp;understand that this clock will jump</source>
        <translation>Mir ist &amp;bewusst, dass diese Uhr springen wird</translation>
    </message>
    <message>
        <source>Set this clock once from System 1</source>
        <translation>Diese Uhr einmalig nach System 1 stellen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <source>I understand that this clock will jump</source>
        <translation>Mir ist bewusst, dass diese Uhr springen wird</translation>
    </message>
    <message>
        <source>Measuring System 1&apos;s offset first…</source>
        <translation>Zuerst wird der Versatz von System 1 gemessen…</translation>
    </message>
    <message>
        <source>System 1 must answer before this clock can be set from it.</source>
        <translation>System 1 muss antworten, bevor diese Uhr danach gestellt werden kann.</translation>
    </message>
    <message>
        <source>Confirm the jump to continue.</source>
        <translation>Bestätigen Sie den Sprung, um fortzufahren.</translation>
    </message>
    <message>
        <source>Nothing in chrony.conf changes; chronyd takes %1 as a temporary source, measures, steps the clock and forgets it again.</source>
        <translation>In chrony.conf ändert sich nichts; chronyd nimmt %1 als vorübergehende Quelle, misst, stellt die Uhr und vergisst die Quelle wieder.</translation>
    </message>
    <message>
        <source>Measuring the offset to %1…</source>
        <translation>Versatz zu %1 wird gemessen…</translation>
    </message>
    <message>
        <source>The clock is stepped, not slewed: programs see the time jump at once, forwards or backwards. Logs, timers and running measurements may notice.</source>
        <translation>Die Uhr wird gestellt, nicht allmählich angeglichen: Programme sehen die Zeit sofort springen, vorwärts oder rückwärts. Protokolle, Timer und laufende Messungen können das bemerken.</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>%1 does not answer NTP (%2). Check that chronyd runs there and allows this system, and the firewall (UDP port %3).</source>
        <translation>%1 antwortet nicht auf NTP (%2). Prüfen Sie, ob chronyd dort läuft und dieses System zulässt, und die Firewall (UDP-Port %3).</translation>
    </message>
    <message>
        <source>System 1 (%1) is &lt;b&gt;%2 %3&lt;/b&gt; this clock (delay %4, stratum %5). The clock will jump by about that much.</source>
        <translation>System 1 (%1) geht gegenüber dieser Uhr &lt;b&gt;%2 %3&lt;/b&gt; (Laufzeit %4, Stratum %5). Die Uhr wird ungefähr um diesen Betrag springen.</translation>
    </message>
    <message>
        <source>In the lab, System 2 runs on a virtual clock of its own: chronyd steps that clock for real, as it would on a real system, and this machine&apos;s clock stays as it is.</source>
        <translation>Im Labor läuft System 2 mit einer eigenen virtuellen Uhr: chronyd stellt diese Uhr wirklich, wie auf einem echten System, und die Uhr dieses Rechners bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>In this lab, the daemons run with -x: chronyd measures, but it never steps this machine&apos;s clock, so the step is reported as refused.</source>
        <translation>In diesem Labor laufen die Dienste mit -x: chronyd misst, stellt aber nie die Uhr dieses Rechners, daher wird das Stellen als abgelehnt gemeldet.</translation>
    </message>
</context>
<context>
    <name>SyncNowDialog</name>
    <message>
        <source>Sync now</source>
        <translation>Sofort abgleichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step the clock of %1 now?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Uhr von %1 jetzt stellen?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Its offset now: %1.</source>
        <translation>Ihr Versatz jetzt: %1.</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>Its offset is not known right now.</source>
        <translation>Ihr Versatz ist gerade nicht bekannt.</translation>
    </message>
    <message>
        <source>It takes fresh measurements from %1 and steps the clock to that time.</source>
        <translation>Es werden neue Messungen von %1 vorgenommen, und die Uhr wird auf diese Zeit gestellt.</translation>
    </message>
    <message>
        <source>The clock will jump instead of being slewed gently: logs, timers and running jobs on that system see the jump.</source>
        <translation>Die Uhr springt, statt sanft angeglichen zu werden: Protokolle, Timer und laufende Aufträge auf diesem System sehen den Sprung.</translation>
    </message>
    <message>
        <source>&amp;Step the clock</source>
        <translation>Die Uhr &amp;stellen</translation>
    </message>
    <message>
        <source>&lt;i&gt;This lab&apos;s chronyd runs with -x: it measures but refuses to step, and says so.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Der chronyd dieses Labors läuft mit -x: Er misst, lehnt das Stellen aber ab und meldet das.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;In the lab this is the system&apos;s own virtual clock: chronyd really steps it, and this machine&apos;s clock stays as it is.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Im Labor ist das die eigene virtuelle Uhr des Systems: chronyd stellt sie wirklich, und die Uhr dieses Rechners bleibt, wie sie ist.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>SyncNowOutcome</name>
    <message>
        <source>The clock was stepped to %1&apos;s time.</source>
        <translation>Die Uhr wurde auf die Zeit von %1 gestellt.</translation>
    </message>
    <message>
        <source>Not authorised to step the clock (or the Tandem helper is not installed). Nothing was changed.</source>
        <translation>Keine Berechtigung, die Uhr zu stellen (oder das Tandem-Hilfsprogramm ist nicht installiert). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The administrator password was not given. Nothing was changed.</source>
        <translation>Das Administratorpasswort wurde nicht eingegeben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled. The clock was not stepped.</source>
        <translation>Abgebrochen. Die Uhr wurde nicht gestellt.</translation>
    </message>
    <message>
        <source>chronyd has no time source it can measure against, so there is nothing to step to. The clock was not changed.</source>
        <translation>chronyd hat keine Zeitquelle, an der er messen kann, also gibt es nichts, worauf gestellt werden könnte. Die Uhr wurde nicht geändert.</translation>
    </message>
    <message>
        <source>chronyd does not answer on its command socket; is it running? The clock was not changed.</source>
        <translation>chronyd antwortet nicht auf seinem Befehls-Socket; läuft er? Die Uhr wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Sync now failed; the clock was not changed.</source>
        <translation>Sofortiger Abgleich fehlgeschlagen; die Uhr wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The clock was stepped to %1&apos;s time: it was %2, now it is %3 (fresh measurements).</source>
        <translation>Die Uhr wurde auf die Zeit von %1 gestellt: Sie ging %2, jetzt geht sie %3 (neue Messungen).</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>The clock was stepped, but a fresh measurement still finds it off %1; chronyd may need more samples. Try Sync now again in a minute.</source>
        <translation>Die Uhr wurde gestellt, aber eine neue Messung findet sie noch abweichend von %1; chronyd braucht vielleicht mehr Messungen. Versuchen Sie „Sofort abgleichen“ in einer Minute erneut.</translation>
    </message>
    <message>
        <source>chronyd refused to step the clock: this chronyd may not change the clock (one started with -x never does). The clock was not changed.</source>
        <translation>chronyd hat sich geweigert, die Uhr zu stellen: Dieser chronyd darf die Uhr nicht ändern (einer, der mit -x gestartet wurde, tut es nie). Die Uhr wurde nicht geändert.</translation>
    </message>
    <message>
        <source>chronyd did not follow %1, so it had no correction to step by: %2 The clock was not changed.</source>
        <translation>chronyd ist %1 nicht gefolgt und hatte daher keine Korrektur, um die er stellen konnte: %2 Die Uhr wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The time source did not answer, so nothing was measured: %1 The clock was not changed.</source>
        <translation>Die Zeitquelle hat nicht geantwortet, daher wurde nichts gemessen: %1 Die Uhr wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>SyncRunPage</name>
    <message>
        <source>Setting the clock</source>
        <translation>Die Uhr wird gestellt</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>ahead of</source>
        <extracomment>&quot;100.0 s ahead of System 1&quot; / &quot;3.200 ms behind System 1&quot;</extracomment>
        <translation>vor</translation>
    </message>
    <message>
        <source>Before: this clock was %1 System 1 (%2), by an NTP measurement.</source>
        <translation>Vorher: Diese Uhr ging gegenüber System 1 (%2) %1, laut einer NTP-Messung.</translation>
    </message>
    <message>
        <source>After: this clock is %1 System 1, measured again after the step.</source>
        <translation>Danach: Diese Uhr geht gegenüber System 1 %1, nach dem Stellen erneut gemessen.</translation>
    </message>
    <message>
        <source>Measured again: this clock is %1 System 1; it was not stepped.</source>
        <translation>Erneut gemessen: Diese Uhr geht gegenüber System 1 %1; sie wurde nicht gestellt.</translation>
    </message>
    <message>
        <source>After: not known. The clock was stepped, but it was not measured again.</source>
        <translation>Danach: unbekannt. Die Uhr wurde gestellt, aber nicht erneut gemessen.</translation>
    </message>
    <message>
        <source>Measured, not stepped: this lab&apos;s chronyd runs with -x and never touches the clock. On a real system, or in a lab on virtual clocks, this step sets the clock.</source>
        <translation>Gemessen, nicht gestellt: Der chronyd dieses Labors läuft mit -x und rührt die Uhr nie an. Auf einem echten System oder in einem Labor mit virtuellen Uhren stellt dieser Schritt die Uhr.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SystemCard</name>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>The source this system&apos;s chronyd follows (its reference ID in brackets).</source>
        <translation>Die Quelle, der chronyd auf diesem System folgt (ihre Referenz-ID in Klammern).</translation>
    </message>
    <message>
        <source>Stratum:</source>
        <translation>Stratum:</translation>
    </message>
    <message>
        <source>Distance from a reference clock: System 1 serving its local clock is usually 10, System 2 one more.</source>
        <translation>Abstand zu einer Referenzuhr: Ein System 1, das seine lokale Uhr bereitstellt, hat meist 10, System 2 eins mehr.</translation>
    </message>
    <message>
        <source>Offset to System 1:</source>
        <translation>Versatz zu System 1:</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>Frequenz:</translation>
    </message>
    <message>
        <source>How fast this system&apos;s clock would run without chronyd&apos;s correction, in ppm.</source>
        <translation>Wie schnell die Uhr dieses Systems ohne die Korrektur von chronyd liefe, in ppm.</translation>
    </message>
    <message>
        <source>RMS offset:</source>
        <translation>RMS-Versatz:</translation>
    </message>
    <message>
        <source>Long-term average of the offsets chronyd measured.</source>
        <translation>Langfristiger Mittelwert der von chronyd gemessenen Versätze.</translation>
    </message>
    <message>
        <source>Root delay / dispersion:</source>
        <translation>Laufzeit / Streuung zur Wurzel:</translation>
    </message>
    <message>
        <source>Network delay and error bound accumulated up to the reference clock.</source>
        <translation>Netzlaufzeit und Fehlerschranke, aufsummiert bis zur Referenzuhr.</translation>
    </message>
    <message>
        <source>Last answer:</source>
        <translation>Letzte Antwort:</translation>
    </message>
    <message>
        <source>When this system last answered the panel&apos;s poll.</source>
        <translation>Wann dieses System zuletzt auf die Abfrage der Ansicht geantwortet hat.</translation>
    </message>
    <message>
        <source>System %1</source>
        <translation>System %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>%1 ppm %2</source>
        <translation>%1 ppm %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>System 2 follows System 1: this is the correction System 2&apos;s chronyd still applies towards System 1 (minus its TRACKING &quot;System time&quot;). Positive: System 2 is ahead of System 1.</source>
        <translation>System 2 folgt System 1: Dies ist die Korrektur, die der chronyd von System 2 noch in Richtung System 1 anwendet (abzüglich seiner TRACKING-„System time“). Positiv: System 2 geht gegenüber System 1 vor.</translation>
    </message>
    <message>
        <source>System 2 does not follow System 1 right now: this is System 2&apos;s last sample of System 1 (its sources report, adjusted for slewing since). Positive: System 2 is ahead of System 1.</source>
        <translation>System 2 folgt System 1 gerade nicht: Dies ist die letzte Messung von System 1 durch System 2 (aus seinem Quellenbericht, um die seitherige Angleichung bereinigt). Positiv: System 2 geht gegenüber System 1 vor.</translation>
    </message>
    <message>
        <source>Not measured: System 2 does not answer, or System 1 is not one of its sources.</source>
        <translation>Nicht gemessen: System 2 antwortet nicht, oder System 1 ist keine seiner Quellen.</translation>
    </message>
    <message>
        <source>Clock vs. its source:</source>
        <translation>Uhr ggü. ihrer Quelle:</translation>
    </message>
    <message>
        <source>How far this clock is ahead of (or behind) the time chronyd believes is right, still being slewed away: chronyd&apos;s TRACKING &quot;System time&quot; with + = ahead, as everywhere in Tandem (chronyc says the same number with &quot;slow&quot; or &quot;fast&quot;).</source>
        <translation>Wie weit diese Uhr der Zeit, die chronyd für richtig hält, vor- (oder nach-)geht und noch angeglichen wird: chronyds TRACKING „System time“ mit + = vor, wie überall in Tandem (chronyc nennt dieselbe Zahl mit „slow“ oder „fast“).</translation>
    </message>
    <message>
        <source>its chronyd answers but refuses this system (not authorised: its cmdallow does not include this address)</source>
        <translation>sein chronyd antwortet, weist dieses System aber ab (nicht berechtigt: sein cmdallow enthält diese Adresse nicht)</translation>
    </message>
    <message>
        <source>this system could not send the request (%1)</source>
        <translation>dieses System konnte die Anfrage nicht senden (%1)</translation>
    </message>
    <message>
        <source>no answer after it answered before: its chronyd stopped, or the network between the systems drops the packets</source>
        <translation>keine Antwort, nachdem es zuvor geantwortet hat: sein chronyd wurde beendet, oder das Netz zwischen den Systemen verwirft die Pakete</translation>
    </message>
    <message>
        <source>Unreachable since %1 (%2 polls in a row lost): %3</source>
        <translation>Nicht erreichbar seit %1 (%2 Abfragen in Folge verloren): %3</translation>
    </message>
    <message>
        <source>Degraded: %1 of the last %2 polls got no answer (reach %3).</source>
        <translation>Gestört: %1 der letzten %2 Abfragen blieben ohne Antwort (reach %3).</translation>
    </message>
    <message>
        <source>Latest: %1.</source>
        <translation>Zuletzt: %1.</translation>
    </message>
    <message>
        <source>Its server&apos;s replies:</source>
        <translation>Antworten seines Servers:</translation>
    </message>
    <message>
        <source>Whether chronyd checked the MAC of the last reply from the server it follows (its NTP_DATA report): with the pair&apos;s key, an impostor answering for System 1&apos;s address is refused.</source>
        <translation>Ob chronyd den MAC der letzten Antwort des Servers geprüft hat, dem es folgt (sein NTP_DATA-Bericht): Mit dem Schlüssel des Paars wird ein Betrüger, der für die Adresse von System 1 antwortet, abgewiesen.</translation>
    </message>
    <message>
        <source>authenticated (chronyd checked its MAC)</source>
        <translation>authentifiziert (chronyd hat seinen MAC geprüft)</translation>
    </message>
    <message>
        <source>not authenticated: anyone answering for its address is believed</source>
        <translation>nicht authentifiziert: Jedem, der für seine Adresse antwortet, wird geglaubt</translation>
    </message>
    <message>
        <source>key %1 required; chronyd shows its check only to root</source>
        <translation>Schlüssel %1 vorgeschrieben; chronyd zeigt seine Prüfung nur root</translation>
    </message>
    <message>
        <source>not shown: chronyd tells this only to root</source>
        <translation>nicht angezeigt: chronyd verrät das nur root</translation>
    </message>
</context>
<context>
    <name>TimestampedUdpSocket</name>
    <message>
        <source>cannot open a UDP socket: %1</source>
        <translation>es kann kein UDP-Socket geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot use the source address %1: %2</source>
        <translation>die Absenderadresse %1 ist nicht verwendbar: %2</translation>
    </message>
</context>
<context>
    <name>UdpCmdmonTransport</name>
    <message>
        <source>no chronyd address given</source>
        <translation>keine chronyd-Adresse angegeben</translation>
    </message>
    <message>
        <source>cannot bind a UDP socket to %1: %2</source>
        <translation>UDP-Socket kann nicht an %1 gebunden werden: %2</translation>
    </message>
    <message>
        <source>cannot send to %1: %2</source>
        <translation>kann nicht an %1 senden: %2</translation>
    </message>
</context>
<context>
    <name>UnixCmdmonTransport</name>
    <message>
        <source>chronyd&apos;s command socket %1 does not exist: chronyd is not running, or it runs without a command socket (bindcmdaddress /, or wrong permissions on its directory)</source>
        <translation>Der Befehls-Socket %1 von chronyd existiert nicht: chronyd läuft nicht, oder er läuft ohne Befehls-Socket (bindcmdaddress / oder falsche Rechte an seinem Verzeichnis)</translation>
    </message>
    <message>
        <source>the socket path %1 is too long</source>
        <translation>der Socket-Pfad %1 ist zu lang</translation>
    </message>
    <message>
        <source>cannot create a reply socket next to %1: permission denied (the Unix command socket needs root or chronyd&apos;s user)</source>
        <translation>neben %1 kann kein Antwort-Socket angelegt werden: keine Berechtigung (der Unix-Befehls-Socket braucht root oder den Benutzer von chronyd)</translation>
    </message>
    <message>
        <source>cannot create a reply socket next to %1: %2</source>
        <translation>neben %1 kann kein Antwort-Socket angelegt werden: %2</translation>
    </message>
    <message>
        <source>the reply socket path %1 is too long</source>
        <translation>der Pfad %1 des Antwort-Sockets ist zu lang</translation>
    </message>
    <message>
        <source>cannot bind a reply socket in %1: %2</source>
        <translation>in %1 kann kein Antwort-Socket gebunden werden: %2</translation>
    </message>
    <message>
        <source>chronyd is not running: nothing listens on its command socket %1</source>
        <translation>chronyd läuft nicht: An seinem Befehls-Socket %1 lauscht niemand</translation>
    </message>
    <message>
        <source>no permission to use chronyd&apos;s command socket %1 (needs root or chronyd&apos;s user)</source>
        <translation>keine Berechtigung für den Befehls-Socket %1 von chronyd (braucht root oder den Benutzer von chronyd)</translation>
    </message>
    <message>
        <source>cannot send to chronyd&apos;s command socket %1: %2</source>
        <translation>kann nicht an den Befehls-Socket %1 von chronyd senden: %2</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>* selected: System 2 sets its clock from it</source>
        <translation>* ausgewählt: System 2 stellt seine Uhr danach</translation>
    </message>
    <message>
        <source>+ combined with the selected source</source>
        <translation>+ mit der ausgewählten Quelle kombiniert</translation>
    </message>
    <message>
        <source>- acceptable but not used</source>
        <translation>- brauchbar, aber nicht verwendet</translation>
    </message>
    <message>
        <source>? not usable yet (no or too few answers)</source>
        <translation>? noch nicht verwendbar (keine oder zu wenige Antworten)</translation>
    </message>
    <message>
        <source>x a falseticker: it disagrees with the other sources</source>
        <translation>x ein Falschticker: weicht von den anderen Quellen ab</translation>
    </message>
    <message>
        <source>~ too variable to use</source>
        <translation>~ zu schwankend, um sie zu verwenden</translation>
    </message>
    <message>
        <source>System 2 follows System 1</source>
        <translation>System 2 folgt System 1</translation>
    </message>
    <message>
        <source>Source state</source>
        <translation>Quellenstatus</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Last offset</source>
        <translation>Letzter Versatz</translation>
    </message>
    <message>
        <source>Leap status</source>
        <translation>Schaltsekundenstatus</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Stratum</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Does System 2 follow System 1?</source>
        <translation>Folgt System 2 System 1?</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>System 2 follows System 1:</source>
        <translation>System 2 folgt System 1:</translation>
    </message>
    <message>
        <source>System 1&apos;s state at System 2:</source>
        <translation>Status von System 1 bei System 2:</translation>
    </message>
    <message>
        <source>Reach:</source>
        <translation>Erreichbarkeit:</translation>
    </message>
    <message>
        <source>Last offset:</source>
        <translation>Letzter Versatz:</translation>
    </message>
    <message>
        <source>System 2&apos;s leap status:</source>
        <translation>Schaltsekundenstatus von System 2:</translation>
    </message>
    <message>
        <source>System 2&apos;s stratum:</source>
        <translation>Stratum von System 2:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Asking this system&apos;s chronyd (System 2).</source>
        <translation>Der chronyd dieses Systems (System 2) wird gefragt.</translation>
    </message>
    <message>
        <source>System 2 is %1: run Tandem there (or &quot;tandem-cli status&quot;) to see that it follows this system.</source>
        <translation>System 2 ist %1: Führen Sie Tandem dort aus (oder „tandem-cli status“), um zu sehen, dass es diesem System folgt.</translation>
    </message>
    <message>
        <source>not checked from here</source>
        <translation>von hier nicht geprüft</translation>
    </message>
    <message>
        <source>Asking System 2&apos;s chronyd at %1 (its monitoring port).</source>
        <translation>Der chronyd von System 2 unter %1 wird gefragt (sein Überwachungsport).</translation>
    </message>
    <message>
        <source>Waiting for System 2 to select System 1 (this takes a few seconds after a restart)…</source>
        <translation>Warten, bis System 2 System 1 auswählt (das dauert nach einem Neustart einige Sekunden)…</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>no: not a source</source>
        <translation>nein: keine Quelle</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2 of the last 8 requests answered)</source>
        <translation>%1 (%2 der letzten 8 Anfragen beantwortet)</translation>
    </message>
    <message>
        <source>no measurement yet</source>
        <translation>noch keine Messung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>It works: System 2 follows System 1 (%1), and its leap status is %2.</source>
        <translation>Es funktioniert: System 2 folgt System 1 (%1), und sein Schaltsekundenstatus ist %2.</translation>
    </message>
    <message>
        <source>System 2&apos;s chronyd does not answer at %1 (%2). Check that chronyd runs there, that its config has cmdallow for this system and a bindcmdaddress, and that UDP port 323 is open in its firewall.</source>
        <translation>Der chronyd von System 2 antwortet nicht unter %1 (%2). Prüfen Sie, ob chronyd dort läuft, ob seine Konfiguration cmdallow für dieses System und eine bindcmdaddress enthält und ob UDP-Port 323 in seiner Firewall offen ist.</translation>
    </message>
    <message>
        <source>System 2 does not have %1 as a source. Check System 2&apos;s config: apply the matching config there (Review page, &quot;The other system&quot;).</source>
        <translation>System 2 hat %1 nicht als Quelle. Prüfen Sie die Konfiguration von System 2: Wenden Sie dort die passende Konfiguration an (Seite „Die Änderung prüfen“, „Das andere System“).</translation>
    </message>
    <message>
        <source>System 1 (%1) does not answer System 2. Check that chronyd runs on System 1, that its allow line includes System 2, and that UDP port 123 is open in System 1&apos;s firewall.</source>
        <translation>System 1 (%1) antwortet System 2 nicht. Prüfen Sie, ob chronyd auf System 1 läuft, ob seine Zeile allow System 2 einschließt und ob UDP-Port 123 in der Firewall von System 1 offen ist.</translation>
    </message>
    <message>
        <source>System 2 hears System 1 but has not selected it yet (%1). Give it a minute and check again; if other sources outvote System 1, remove them on System 2.</source>
        <translation>System 2 hört System 1, hat es aber noch nicht ausgewählt (%1). Geben Sie ihm eine Minute und prüfen Sie erneut; wenn andere Quellen System 1 überstimmen, entfernen Sie sie auf System 2.</translation>
    </message>
    <message>
        <source>System 2 is %1 (± %2)</source>
        <translation>System 2 geht %1 (± %2)</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>This system serves</source>
        <translation>Dieses System stellt Zeit bereit</translation>
    </message>
    <message>
        <source>System 1 (this system) serves:</source>
        <translation>System 1 (dieses System) stellt bereit:</translation>
    </message>
    <message>
        <source>Asking this system&apos;s chronyd whether it serves, then System 2&apos;s.</source>
        <translation>Frage den chronyd dieses Systems, ob er Zeit bereitstellt, dann den von System 2.</translation>
    </message>
    <message>
        <source>Checking that this system serves its clock now…</source>
        <translation>Prüfe, ob dieses System seine Uhr jetzt bereitstellt…</translation>
    </message>
    <message>
        <source>yes, its own clock at stratum %1</source>
        <translation>ja, seine eigene Uhr auf Stratum %1</translation>
    </message>
    <message>
        <source>yes, at stratum %1 (following %2)</source>
        <translation>ja, auf Stratum %1 (folgt %2)</translation>
    </message>
    <message>
        <source>not yet (leap status: %1)</source>
        <translation>noch nicht (Schaltsekundenstatus: %1)</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>System 1 is ready: it serves its clock now. System 2 (%1) does not answer yet, which is expected while it is not set up. Next, on System 2: run Tandem, choose &quot;System 2&quot; and enter this system&apos;s address, %2. Then &quot;Check again&quot; here shows it following.</source>
        <translation>System 1 ist bereit: Es stellt seine Uhr jetzt bereit. System 2 (%1) antwortet noch nicht; das ist zu erwarten, solange es nicht eingerichtet ist. Als Nächstes auf System 2: Tandem starten, „System 2“ wählen und die Adresse dieses Systems eingeben, %2. Danach zeigt „Erneut prüfen“ hier, dass es folgt.</translation>
    </message>
    <message>
        <source>not authenticated: System 2 believes any reply from System 1&apos;s address</source>
        <translation>nicht authentifiziert: System 2 glaubt jeder Antwort von der Adresse von System 1</translation>
    </message>
    <message>
        <source>System 2 must use key %1: its own Verify page shows whether it does</source>
        <translation>System 2 muss Schlüssel %1 verwenden: seine eigene Prüfseite zeigt, ob es das tut</translation>
    </message>
    <message>
        <source>authenticated with key %1: chronyd checked System 1&apos;s MAC before Apply finished</source>
        <translation>mit Schlüssel %1 authentifiziert: chronyd hat den MAC von System 1 geprüft, bevor das Anwenden endete</translation>
    </message>
    <message>
        <source>key %1 is required, but chronyd has not reported an authenticated reply yet (nothing was changed or restarted this time)</source>
        <translation>Schlüssel %1 ist vorgeschrieben, aber chronyd hat noch keine authentifizierte Antwort gemeldet (diesmal wurde nichts geändert oder neu gestartet)</translation>
    </message>
    <message>
        <source>System 1&apos;s replies</source>
        <translation>Antworten von System 1</translation>
    </message>
    <message>
        <source>System 1&apos;s replies:</source>
        <translation>Antworten von System 1:</translation>
    </message>
</context>
<context>
    <name>VirtualClock</name>
    <message>
        <source>cannot map the virtual clock %1: %2</source>
        <translation>die virtuelle Uhr %1 kann nicht eingeblendet werden: %2</translation>
    </message>
    <message>
        <source>cannot create the virtual clock %1: %2</source>
        <translation>die virtuelle Uhr %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot size the virtual clock %1: %2</source>
        <translation>die Größe der virtuellen Uhr %1 kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot open the virtual clock %1: %2</source>
        <translation>die virtuelle Uhr %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a virtual clock (a regular file of %2 bytes)</source>
        <translation>%1 ist keine virtuelle Uhr (eine reguläre Datei von %2 Bytes)</translation>
    </message>
    <message>
        <source>%1 is not a virtual clock of this version</source>
        <translation>%1 ist keine virtuelle Uhr dieser Version</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: tandem [--lab [DIR]]

Set up and watch chrony time sync between two systems.
  --lab [DIR]  Start (or attach to) a lab of two chronyd daemons on loopback in DIR
               and open the window on it.
</source>
        <translation>Aufruf: tandem [--lab [VERZEICHNIS]]

Chrony-Zeitabgleich zwischen zwei Systemen einrichten und überwachen.
  --lab [VERZEICHNIS]  Ein Labor aus zwei chronyd-Diensten auf Loopback-Adressen in
                       VERZEICHNIS starten (oder sich damit verbinden) und das Fenster
                       darauf öffnen.
</translation>
    </message>
    <message>
        <source>tandem: unknown argument &apos;%1&apos; (try --help)
</source>
        <translation>tandem: unbekanntes Argument „%1“ (siehe --help)
</translation>
    </message>
</context>
</TS>
