<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddressValidator</name>
    <message>
        <source>&apos;%1&apos; is not a valid address: %2.</source>
        <translation>« %1 » n’est pas une adresse valide : %2.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>L’adresse est vide.</translation>
    </message>
    <message>
        <source>it is longer than 253 characters</source>
        <translation>elle dépasse 253 caractères</translation>
    </message>
    <message>
        <source>it contains whitespace or a line break</source>
        <translation>elle contient une espace ou un saut de ligne</translation>
    </message>
    <message>
        <source>it contains a control or non-ASCII character</source>
        <translation>elle contient un caractère de contrôle ou non ASCII</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; cannot appear in an address</source>
        <translation>le caractère « %1 » ne peut pas figurer dans une adresse</translation>
    </message>
    <message>
        <source>127.127.x.x is an ntpd reference-clock pseudo-address; chrony would poll it as an ordinary NTP server on this machine. To serve this machine&apos;s own clock use the local clock setting (local stratum 10) instead</source>
        <translation>127.127.x.x est une pseudo-adresse d’horloge de référence de ntpd ; chrony l’interrogerait comme un serveur NTP ordinaire sur cette machine. Pour servir l’horloge de cette machine, utilisez plutôt l’horloge locale (local stratum 10)</translation>
    </message>
    <message>
        <source>a subnet is not allowed here, give a single address</source>
        <translation>un sous-réseau n’est pas permis ici, indiquez une seule adresse</translation>
    </message>
    <message>
        <source>an IPv4 address has four numbers separated by dots</source>
        <translation>une adresse IPv4 compte quatre nombres séparés par des points</translation>
    </message>
    <message>
        <source>write it as %1 (no leading zeros)</source>
        <translation>écrivez-la %1 (sans zéros en tête)</translation>
    </message>
    <message>
        <source>it is not a valid IPv6 address</source>
        <translation>ce n’est pas une adresse IPv6 valide</translation>
    </message>
    <message>
        <source>it is not a valid IPv4 address (four numbers from 0 to 255)</source>
        <translation>ce n’est pas une adresse IPv4 valide (quatre nombres de 0 à 255)</translation>
    </message>
    <message>
        <source>chrony needs an IP address here, not a host name</source>
        <translation>chrony demande ici une adresse IP, pas un nom d’hôte</translation>
    </message>
    <message>
        <source>a host name consists of labels of letters, digits and hyphens (at most 63 characters each, not starting or ending with a hyphen) separated by dots</source>
        <translation>un nom d’hôte se compose de parties de lettres, chiffres et tirets (63 caractères au plus chacune, sans tiret au début ni à la fin) séparées par des points</translation>
    </message>
    <message>
        <source>a subnet has one &apos;/&apos; between the address and the prefix length</source>
        <translation>un sous-réseau a une seule « / » entre l’adresse et la longueur du préfixe</translation>
    </message>
    <message>
        <source>the prefix length after &apos;/&apos; must be a number</source>
        <translation>la longueur du préfixe après « / » doit être un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address</source>
        <translation>« %1 » n’est pas une adresse IPv6 valide</translation>
    </message>
    <message>
        <source>an IPv6 prefix length is between 0 and 128</source>
        <translation>une longueur de préfixe IPv6 est comprise entre 0 et 128</translation>
    </message>
    <message>
        <source>an IPv4 address has at most four numbers</source>
        <translation>une adresse IPv4 compte au plus quatre nombres</translation>
    </message>
    <message>
        <source>each part of an IPv4 address is a number from 0 to 255</source>
        <translation>chaque partie d’une adresse IPv4 est un nombre de 0 à 255</translation>
    </message>
    <message>
        <source>an IPv4 prefix length is between 0 and 32</source>
        <translation>une longueur de préfixe IPv4 est comprise entre 0 et 32</translation>
    </message>
    <message>
        <source>write a subnet as its four-number address and a prefix length, like 192.168.1.0/24</source>
        <translation>écrivez un sous-réseau avec son adresse en quatre nombres et une longueur de préfixe, comme 192.168.1.0/24</translation>
    </message>
    <message>
        <source>write it as %1/%2 (no leading zeros)</source>
        <translation>écrivez-le %1/%2 (sans zéros en tête)</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Since %1: %2</source>
        <extracomment>An alert line: &quot;since 14:03:07: System 2 is 250 ms behind System 1, ...&quot;</extracomment>
        <translation>Depuis %1 : %2</translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>Alertes : %1</translation>
    </message>
</context>
<context>
    <name>AlertLogView</name>
    <message>
        <source>Alert log</source>
        <translation>Journal des alertes</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Levée</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Leap status</source>
        <translation>État de seconde intercalaire</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Link degraded</source>
        <translation>Liaison dégradée</translation>
    </message>
    <message>
        <source>still active</source>
        <translation>toujours active</translation>
    </message>
    <message>
        <source>%1 (Tandem stopped watching)</source>
        <translation>%1 (Tandem a cessé de surveiller)</translation>
    </message>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (après %2)</translation>
    </message>
    <message>
        <source>System %1</source>
        <translation>Système %1</translation>
    </message>
    <message>
        <source>Condition since %1</source>
        <translation>Condition depuis %1</translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <source>System %1 is not synchronised (leap status: Not synchronised).</source>
        <translation>Le système %1 n’est pas synchronisé (état de seconde intercalaire : Not synchronised).</translation>
    </message>
    <message>
        <source>System %1 announces a leap second (leap status: %2).</source>
        <translation>Le système %1 annonce une seconde intercalaire (état de seconde intercalaire : %2).</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>d’avance sur</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>de retard sur</translation>
    </message>
    <message>
        <source>System %1 does not answer.</source>
        <translation>Le système %1 ne répond pas.</translation>
    </message>
    <message>
        <source>System 2 is %1 %2 System 1, more than the %3 allowed.</source>
        <translation>Le système 2 a %1 %2 le système 1, plus que les %3 admises.</translation>
    </message>
    <message>
        <source>The link to System %1 is degraded: some monitoring polls get no answer, while others do (packet loss between the systems is the likeliest cause).</source>
        <translation>La liaison avec le système %1 est dégradée : certaines interrogations de surveillance restent sans réponse, d’autres non (des pertes de paquets entre les systèmes sont la cause la plus probable).</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>&amp;Stop before writing</source>
        <translation>&amp;Arrêter avant l’écriture</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Stop the helper before it writes the config</source>
        <translation>Arrêter le programme d’aide avant qu’il n’écrive la configuration</translation>
    </message>
    <message>
        <source>tandem-helper changes lab System %1 (%2).</source>
        <translation>tandem-helper modifie le système %1 du laboratoire (%2).</translation>
    </message>
    <message>
        <source>tandem-helper changes %1 as administrator.</source>
        <translation>tandem-helper modifie %1 en tant qu’administrateur.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>The new config is in place and chrony runs with it.</source>
        <translation>La nouvelle configuration est en place et chrony fonctionne avec elle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rolled back.&lt;/b&gt; chrony did not come up with the new config, so the previous config was put back and chrony runs with it again. Nothing else changed.</source>
        <translation>&lt;b&gt;Retour arrière effectué.&lt;/b&gt; chrony n’a pas démarré avec la nouvelle configuration ; la configuration précédente a été remise en place et chrony fonctionne de nouveau avec elle. Rien d’autre n’a changé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The change failed and so did the rollback.&lt;/b&gt; chrony may not be running. The previous config is kept as a backup; the details say where.</source>
        <translation>&lt;b&gt;La modification a échoué, et le retour arrière aussi.&lt;/b&gt; chrony ne fonctionne peut-être pas. La configuration précédente est conservée en sauvegarde ; les détails indiquent où.</translation>
    </message>
    <message>
        <source>Stopped before anything was written. Nothing was changed.</source>
        <translation>Arrêté avant toute écriture. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The helper did not run. Nothing was changed.</source>
        <translation>Le programme d’aide ne s’est pas exécuté. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The change was not made. Nothing was changed.</source>
        <translation>La modification n’a pas été effectuée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The helper stopped before it finished&lt;/b&gt;, after writing the new config: the new config may already be in place, and chrony may or may not run with it. Check chrony here; File → Restore puts the previous config back.</source>
        <translation>&lt;b&gt;Le programme d’aide s’est arrêté avant la fin&lt;/b&gt;, après avoir écrit la nouvelle configuration : elle est peut-être déjà en place, et chrony tourne peut-être avec elle, ou pas. Vérifiez chrony ici ; Fichier → Restaurer remet la configuration précédente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The helper stopped before it finished.&lt;/b&gt; chrony.conf is either as it was or the new config in full (it is never half-written). Check chrony here before trying again.</source>
        <translation>&lt;b&gt;Le programme d’aide s’est arrêté avant la fin.&lt;/b&gt; chrony.conf est soit comme avant, soit entièrement la nouvelle configuration (jamais à moitié écrite). Vérifiez chrony ici avant de réessayer.</translation>
    </message>
    <message>
        <source>chronyd runs now.</source>
        <translation>chronyd tourne maintenant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;chronyd is not running now&lt;/b&gt; (%1). Start it with &lt;code&gt;%2&lt;/code&gt;.</source>
        <translation>&lt;b&gt;chronyd ne tourne pas maintenant&lt;/b&gt; (%1). Démarrez-le avec &lt;code&gt;%2&lt;/code&gt;.</translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>serving its local clock</source>
        <translation>sert son horloge locale</translation>
    </message>
    <message>
        <source>following a server on the local network</source>
        <translation>suit un serveur du réseau local</translation>
    </message>
    <message>
        <source>a plain client of internet time servers</source>
        <translation>un simple client de serveurs de temps d’Internet</translation>
    </message>
    <message>
        <source>no time sources</source>
        <translation>aucune source de temps</translation>
    </message>
    <message>
        <source>not readable by this user (only the helper can read it)</source>
        <translation>illisible pour cet utilisateur (seul l’assistant peut la lire)</translation>
    </message>
    <message>
        <source>System 1, serving %1</source>
        <translation>Système 1, sert %1</translation>
    </message>
    <message>
        <source>System 2</source>
        <translation>le système 2</translation>
    </message>
    <message>
        <source>System 2, following %1</source>
        <translation>Système 2, suit %1</translation>
    </message>
    <message>
        <source>without Tandem&apos;s setup (%1)</source>
        <translation>sans la configuration de Tandem (%1)</translation>
    </message>
</context>
<context>
    <name>ChronyHost</name>
    <message>
        <source>No chrony configuration was found (looked for %1). Is chrony installed?</source>
        <translation>Aucune configuration de chrony n’a été trouvée (cherché : %1). chrony est-il installé ?</translation>
    </message>
</context>
<context>
    <name>ChronyKeyFile</name>
    <message>
        <source>line %1 is not a key (ID [TYPE] KEY)</source>
        <translation>la ligne %1 n’est pas une clé (ID [TYPE] CLÉ)</translation>
    </message>
    <message>
        <source>The key file already holds a key %1 that Tandem did not write; it is left alone. Make a new key on System 1 (its ID is chosen afresh) and carry that one across.</source>
        <translation>Le fichier de clés contient déjà une clé %1 que Tandem n&apos;a pas écrite ; elle reste intacte. Créez une nouvelle clé sur le système 1 (son identifiant est choisi à nouveau) et transmettez celle-ci.</translation>
    </message>
</context>
<context>
    <name>ChronydConfigCheck</name>
    <message>
        <source>chronyd -p: </source>
        <translation>chronyd -p : </translation>
    </message>
    <message>
        <source>chronyd would refuse to start with this file</source>
        <translation>chronyd refuserait de démarrer avec ce fichier</translation>
    </message>
    <message>
        <source>chronyd did not answer in time</source>
        <translation>chronyd n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>chronyd crashed while reading the file</source>
        <translation>chronyd a planté en lisant le fichier</translation>
    </message>
    <message>
        <source>could not run %1: %2</source>
        <translation>impossible d’exécuter %1 : %2</translation>
    </message>
    <message>
        <source>chronyd is not installed, the check was skipped</source>
        <translation>chronyd n’est pas installé, la vérification a été sautée</translation>
    </message>
    <message>
        <source>chronyd rejected the file (exit status %1)</source>
        <translation>chronyd a refusé le fichier (code de sortie %1)</translation>
    </message>
</context>
<context>
    <name>CmdmonClient</name>
    <message>
        <source>no answer from chronyd on its command socket %1</source>
        <translation>pas de réponse de chronyd sur son socket de commande %1</translation>
    </message>
    <message>
        <source>no answer from chronyd at %1: it is not running, or this address is not allowed by cmdallow, or bindcmdaddress does not listen there, or a firewall drops UDP %2</source>
        <translation>pas de réponse de chronyd à %1 : il ne fonctionne pas, ou cmdallow n’autorise pas cette adresse, ou bindcmdaddress n’écoute pas à cet endroit, ou un pare-feu rejette UDP %2</translation>
    </message>
    <message>
        <source>%1 (from chronyd at %2)</source>
        <translation>%1 (de chronyd à %2)</translation>
    </message>
</context>
<context>
    <name>CmdmonDecoders</name>
    <message>
        <source>chronyd&apos;s %1 reply is too short</source>
        <translation>la réponse %1 de chronyd est trop courte</translation>
    </message>
    <message>
        <source>chronyd reported an unknown source state %1 or mode %2</source>
        <translation>chronyd a signalé un état de source %1 ou un mode %2 inconnu</translation>
    </message>
    <message>
        <source>implausible reply: %1 %2%3%4</source>
        <translation>réponse invraisemblable : %1 %2%3%4</translation>
    </message>
    <message>
        <source>implausible reply: %1 sources (more than %2)</source>
        <translation>réponse invraisemblable : %1 sources (plus de %2)</translation>
    </message>
</context>
<context>
    <name>CmdmonError</name>
    <message>
        <source>chronyd could not step the clock (500 Failure): it does not control the system clock, e.g. it was started with -x or lacks the capability to set the time</source>
        <translation>chronyd n’a pas pu régler l’horloge (500 Failure) : il ne pilote pas l’horloge système, par exemple parce qu’il a été lancé avec -x ou n’a pas le droit de régler l’heure</translation>
    </message>
    <message>
        <source>chronyd reported a failure (500 Failure)</source>
        <translation>chronyd a signalé un échec (500 Failure)</translation>
    </message>
    <message>
        <source>chronyd refused (501 Not authorised): this command needs the local Unix socket, as root (over UDP only monitoring is allowed)</source>
        <translation>chronyd a refusé (501 Not authorised) : cette commande passe par le socket Unix local, en root (en UDP seule la surveillance est permise)</translation>
    </message>
    <message>
        <source>this chronyd version does not support that command (502 Invalid command)</source>
        <translation>cette version de chronyd ne connaît pas cette commande (502 Invalid command)</translation>
    </message>
    <message>
        <source>chronyd has no such source (503 No such source)</source>
        <translation>chronyd n’a pas cette source (503 No such source)</translation>
    </message>
    <message>
        <source>that facility is not enabled in chronyd (505)</source>
        <translation>cette fonction n’est pas activée dans chronyd (505)</translation>
    </message>
    <message>
        <source>chronyd rejected the subnet (507 Bad subnet)</source>
        <translation>chronyd a refusé le sous-réseau (507 Bad subnet)</translation>
    </message>
    <message>
        <source>chronyd already has that source (511 Source already present)</source>
        <translation>chronyd a déjà cette source (511 Source already present)</translation>
    </message>
    <message>
        <source>chronyd has too many sources to add another (512)</source>
        <translation>chronyd a trop de sources pour en ajouter une (512)</translation>
    </message>
    <message>
        <source>chronyd cannot use that address family (515 Invalid address family)</source>
        <translation>chronyd ne peut pas utiliser cette famille d’adresses (515 Invalid address family)</translation>
    </message>
    <message>
        <source>chronyd speaks another command protocol version (517 Protocol version mismatch): it is older or newer than the chrony 4.x Tandem supports</source>
        <translation>chronyd parle une autre version du protocole de commande (517 Protocol version mismatch) : il est plus ancien ou plus récent que le chrony 4.x que Tandem prend en charge</translation>
    </message>
    <message>
        <source>chronyd rejected the request length (518 Packet length mismatch): its protocol differs from chrony 4.x</source>
        <translation>chronyd a refusé la longueur de la requête (518 Packet length mismatch) : son protocole diffère de celui de chrony 4.x</translation>
    </message>
    <message>
        <source>chronyd rejected the source name (521 Invalid name)</source>
        <translation>chronyd a refusé le nom de la source (521 Invalid name)</translation>
    </message>
    <message>
        <source>chronyd returned unexpected status %1 (520)</source>
        <translation>chronyd a renvoyé l’état inattendu %1 (520)</translation>
    </message>
</context>
<context>
    <name>ConfLint</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <source>What is there now</source>
        <translation>État des lieux</translation>
    </message>
    <message>
        <source>Tandem looks at chrony on this system before changing anything.</source>
        <translation>Tandem examine chrony sur ce système avant de modifier quoi que ce soit.</translation>
    </message>
    <message>
        <source>Looking at chrony…</source>
        <translation>Examen de chrony…</translation>
    </message>
    <message>
        <source>Lab System 1 (%1)</source>
        <translation>Système 1 du laboratoire (%1)</translation>
    </message>
    <message>
        <source>Lab System 2 (%1)</source>
        <translation>Système 2 du laboratoire (%1)</translation>
    </message>
    <message>
        <source>This system</source>
        <translation>Ce système</translation>
    </message>
    <message>
        <source>Done. Choose Next to decide what this system does.</source>
        <translation>Terminé. Choisissez Suivant pour décider du rôle de ce système.</translation>
    </message>
    <message>
        <source>chrony must be installed before Tandem can set it up (see the command above). Meanwhile you can rehearse everything in the lab: tandem --lab</source>
        <translation>chrony doit être installé avant que Tandem puisse le configurer (voir la commande ci-dessus). En attendant, vous pouvez tout répéter dans le laboratoire : tandem --lab</translation>
    </message>
    <message>
        <source>System 1: serves its local clock</source>
        <translation>Système 1 : sert son horloge locale</translation>
    </message>
    <message>
        <source>System 1: serves its local clock to %1</source>
        <translation>Système 1 : sert son horloge locale à %1</translation>
    </message>
    <message>
        <source>System 2: follows %1</source>
        <translation>Système 2 : suit %1</translation>
    </message>
    <message>
        <source>a plain client of internet time servers (chrony&apos;s default); neither System 1 nor System 2 yet</source>
        <translation>un simple client de serveurs de temps sur Internet (le réglage par défaut de chrony) ; ni système 1 ni système 2 pour l’instant</translation>
    </message>
    <message>
        <source>no time sources and no local clock: chronyd keeps time on its own</source>
        <translation>aucune source de temps ni horloge locale : chronyd garde l’heure tout seul</translation>
    </message>
    <message>
        <source>&lt;b&gt;not installed.&lt;/b&gt; Install it with %1</source>
        <translation>&lt;b&gt;non installé.&lt;/b&gt; Installez-le avec %1</translation>
    </message>
    <message>
        <source>installed (%1)</source>
        <translation>installé (%1)</translation>
    </message>
    <message>
        <source>installed, version %1 (%2)</source>
        <translation>installé, version %1 (%2)</translation>
    </message>
    <message>
        <source>chrony:</source>
        <translation>chrony :</translation>
    </message>
    <message>
        <source>not synchronised yet</source>
        <translation>pas encore synchronisé</translation>
    </message>
    <message>
        <source>serving its local clock at stratum %1</source>
        <translation>sert son horloge locale à la strate %1</translation>
    </message>
    <message>
        <source>synchronised to %1 at stratum %2</source>
        <translation>synchronisé sur %1 à la strate %2</translation>
    </message>
    <message>
        <source>running, %1</source>
        <translation>en marche, %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;not answering&lt;/b&gt; (%1). Start it with %2</source>
        <translation>&lt;b&gt;ne répond pas&lt;/b&gt; (%1). Démarrez-le avec %2</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>chronyd:</source>
        <translation>chronyd :</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (d’après %2)</translation>
    </message>
    <message>
        <source>no chrony.conf found at %1</source>
        <translation>aucun chrony.conf trouvé à %1</translation>
    </message>
    <message>
        <source>Current role:</source>
        <translation>Rôle actuel :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&lt;b&gt;systemd-timesyncd is running&lt;/b&gt; and would fight chronyd over the clock. Stop it with %1</source>
        <translation>&lt;b&gt;systemd-timesyncd est en marche&lt;/b&gt; et disputerait l’horloge à chronyd. Arrêtez-le avec %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 running&lt;/b&gt;: only one program may set the clock; stop it before using chrony.</source>
        <translation>&lt;b&gt;%1 est en marche&lt;/b&gt; : un seul programme peut régler l’horloge ; arrêtez-le avant d’utiliser chrony.</translation>
    </message>
    <message>
        <source>Other time services:</source>
        <translation>Autres services de temps :</translation>
    </message>
</context>
<context>
    <name>FirewallPanel</name>
    <message>
        <source>Check this system&apos;s &amp;firewall</source>
        <translation>Vérifier le pare-&amp;feu de ce système</translation>
    </message>
    <message>
        <source>Check this system&apos;s firewall</source>
        <translation>Vérifier le pare-feu de ce système</translation>
    </message>
    <message>
        <source>Checking this system&apos;s firewall for %1…</source>
        <translation>Vérification du pare-feu de ce système pour %1…</translation>
    </message>
    <message>
        <source>&amp;Open UDP %1 for %2</source>
        <translation>&amp;Ouvrir UDP %1 pour %2</translation>
    </message>
    <message>
        <source>Open UDP %1 for %2</source>
        <translation>Ouvrir UDP %1 pour %2</translation>
    </message>
    <message>
        <source>Opening UDP %1 for %2 (your administrator password is asked for)…</source>
        <translation>Ouverture d’UDP %1 pour %2 (votre mot de passe d’administrateur est demandé)…</translation>
    </message>
    <message>
        <source>Open the port for the other system</source>
        <translation>Ouvrir le port pour l’autre système</translation>
    </message>
</context>
<context>
    <name>HelperStepList</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Show the helper&apos;s output</source>
        <translation>Afficher la sortie du programme d’aide</translation>
    </message>
    <message>
        <source>The helper&apos;s output</source>
        <translation>La sortie du programme d’aide</translation>
    </message>
    <message>
        <source>Check the request</source>
        <translation>Vérifier la demande</translation>
    </message>
    <message>
        <source>Read the current config</source>
        <translation>Lire la configuration actuelle</translation>
    </message>
    <message>
        <source>Prepare the new config</source>
        <translation>Préparer la nouvelle configuration</translation>
    </message>
    <message>
        <source>Validate it with chronyd -p</source>
        <translation>La valider avec chronyd -p</translation>
    </message>
    <message>
        <source>Back up the current config</source>
        <translation>Sauvegarder la configuration actuelle</translation>
    </message>
    <message>
        <source>Write the new config</source>
        <translation>Écrire la nouvelle configuration</translation>
    </message>
    <message>
        <source>Restart chrony</source>
        <translation>Redémarrer chrony</translation>
    </message>
    <message>
        <source>Roll back: put the previous config back</source>
        <translation>Retour arrière : remettre la configuration précédente</translation>
    </message>
    <message>
        <source>Roll back: restart chrony with the previous config</source>
        <translation>Retour arrière : redémarrer chrony avec la configuration précédente</translation>
    </message>
    <message>
        <source>Roll back: wait until chrony runs again</source>
        <translation>Retour arrière : attendre que chrony refonctionne</translation>
    </message>
    <message>
        <source>Add System 1 as a temporary source</source>
        <translation>Ajouter le système 1 comme source temporaire</translation>
    </message>
    <message>
        <source>Ask for fresh measurements</source>
        <translation>Demander de nouvelles mesures</translation>
    </message>
    <message>
        <source>Measure the offset to System 1</source>
        <translation>Mesurer le décalage par rapport au système 1</translation>
    </message>
    <message>
        <source>Step the clock</source>
        <translation>Régler l’horloge d’un coup</translation>
    </message>
    <message>
        <source>Remove the temporary source</source>
        <translation>Retirer la source temporaire</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>sauvegarde %1</translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation>%1 : en attente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1 : terminé</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1 : échec</translation>
    </message>
    <message>
        <source>Find the backups</source>
        <translation>Trouver les sauvegardes</translation>
    </message>
    <message>
        <source>Choose the backup to put back</source>
        <translation>Choisir la sauvegarde à remettre</translation>
    </message>
    <message>
        <source>backups kept: %1</source>
        <translation>sauvegardes conservées : %1</translation>
    </message>
    <message>
        <source>Wait until chrony runs with it</source>
        <translation>Attendre que chrony fonctionne avec elle</translation>
    </message>
    <message>
        <source>Read chronyd&apos;s own estimate before</source>
        <translation>Lire l’estimation de chronyd avant</translation>
    </message>
    <message>
        <source>Wait until chronyd follows System 1</source>
        <translation>Attendre que chronyd suive le système 1</translation>
    </message>
    <message>
        <source>Measure the offset to System 1 again</source>
        <translation>Mesurer à nouveau le décalage par rapport au système 1</translation>
    </message>
    <message>
        <source>Read chronyd&apos;s own estimate after</source>
        <translation>Lire l’estimation de chronyd après</translation>
    </message>
    <message>
        <source>this clock is %1</source>
        <translation>cette horloge est %1</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>en avance</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>round trip %1</source>
        <translation>aller-retour %1</translation>
    </message>
    <message>
        <source>chronyd thinks this clock is %1</source>
        <translation>selon chronyd, cette horloge est %1</translation>
    </message>
    <message>
        <source>%1 (not done)</source>
        <translation>%1 (non effectué)</translation>
    </message>
    <message>
        <source>%1: not done</source>
        <translation>%1 : non effectué</translation>
    </message>
    <message>
        <source>Wait for any other Tandem helper to finish</source>
        <translation>Attendre que tout autre programme d’aide de Tandem ait fini</translation>
    </message>
    <message>
        <source>Show the helper&apos;s raw &amp;JSON (for a bug report)</source>
        <translation>Afficher le &amp;JSON brut de l’assistant (pour un rapport de bogue)</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>fait : %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>ÉCHEC : %1</translation>
    </message>
    <message>
        <source>finished with exit code %1</source>
        <translation>terminé avec le code de sortie %1</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <source>a lab is already running in %1 (%2 is pid %3); stop it first</source>
        <translation>un labo tourne déjà dans %1 (%2 a le PID %3) ; arrêtez-le d’abord</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>the virtual-clock library %1 is missing: install Tandem&apos;s package, set TANDEM_VCLOCK_LIBRARY, or start the lab with -x (--no-virtual-clock)</source>
        <translation>la bibliothèque d’horloges virtuelles %1 manque : installez le paquet de Tandem, définissez TANDEM_VCLOCK_LIBRARY ou lancez le labo avec -x (--no-virtual-clock)</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
</context>
<context>
    <name>LabClockDialog</name>
    <message>
        <source>Change its &amp;oscillator error</source>
        <translation>Changer l’erreur de l’&amp;oscillateur</translation>
    </message>
    <message>
        <source>Make System 2&apos;s clock wrong (lab)</source>
        <translation>Dérégler l’horloge du système 2 (laboratoire)</translation>
    </message>
    <message>
        <source>System 2 is now %1 System 1.</source>
        <extracomment>&quot;System 2 is now 12.30 µs ahead of System 1.&quot;</extracomment>
        <translation>Le système 2 a maintenant %1 le système 1.</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>d’avance sur</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>de retard sur</translation>
    </message>
    <message>
        <source>Step System 2&apos;s clock by, in seconds</source>
        <translation>Décaler l’horloge du système 2 de, en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Positive: System 2&apos;s clock jumps ahead; negative: back.</source>
        <translation>Positif : l’horloge du système 2 saute en avant ; négatif : en arrière.</translation>
    </message>
    <message>
        <source>Oscillator error of System 2, in ppm</source>
        <translation>Erreur de l’oscillateur du système 2, en ppm</translation>
    </message>
    <message>
        <source> ppm</source>
        <translation> ppm</translation>
    </message>
    <message>
        <source>How fast System 2&apos;s clock runs from now on (positive: fast); chronyd learns to correct up to 500 ppm.</source>
        <translation>À quelle vitesse l’horloge du système 2 avance désormais (positif : trop vite) ; chronyd apprend à corriger jusqu’à 500 ppm.</translation>
    </message>
    <message>
        <source>&amp;Step it by:</source>
        <translation>&amp;Décaler de :</translation>
    </message>
    <message>
        <source>&amp;Make it wrong</source>
        <translation>Dé&amp;régler</translation>
    </message>
    <message>
        <source>The lab&apos;s clocks cannot be changed: %1</source>
        <translation>Les horloges du laboratoire ne peuvent pas être modifiées : %1</translation>
    </message>
    <message>
        <source>Jumps System 2&apos;s virtual clock now, behind chronyd&apos;s back, as a wrong date command would. This machine&apos;s clock is not touched.</source>
        <translation>Fait sauter maintenant l’horloge virtuelle du système 2, à l’insu de chronyd, comme le ferait une mauvaise commande date. L’horloge de cette machine n’est pas touchée.</translation>
    </message>
    <message>
        <source>chronyd made its start-up steps already, so it only slews the error away, by at most 83 ms a second: the chart shows it for minutes. Sync now steps it back at once.</source>
        <translation>chronyd a déjà fait ses sauts de démarrage, il ne corrige donc l’erreur que progressivement, d’au plus 83 ms par seconde : le graphique le montre pendant des minutes. « Synchroniser maintenant » la remet d’un coup.</translation>
    </message>
    <message>
        <source>System 2&apos;s clock was stepped by %1 and its oscillator set to %2 ppm: it is %3 System 1 now. Watch chronyd slew it, or use Sync now.</source>
        <translation>L’horloge du système 2 a été décalée de %1 et son oscillateur réglé à %2 ppm : elle a maintenant %3 le système 1. Regardez chronyd la corriger, ou utilisez « Synchroniser maintenant ».</translation>
    </message>
    <message>
        <source>System 2&apos;s clock was stepped by %1: it is %2 System 1 now. Watch chronyd slew it, or use Sync now.</source>
        <translation>L’horloge du système 2 a été décalée de %1 : elle a maintenant %2 le système 1. Regardez chronyd la corriger, ou utilisez « Synchroniser maintenant ».</translation>
    </message>
</context>
<context>
    <name>LabClocks</name>
    <message>
        <source>the lab in %1 runs with -x on this machine&apos;s clock: it has no clocks of its own</source>
        <translation>le labo de %1 tourne avec -x sur l’horloge de cette machine : il n’a pas d’horloges propres</translation>
    </message>
</context>
<context>
    <name>LabConfig</name>
    <message>
        <source>the config core refused the lab&apos;s profile for System %1: %2</source>
        <translation>le cœur de configuration a refusé le profil du labo pour le système %1 : %2</translation>
    </message>
</context>
<context>
    <name>LabLayout</name>
    <message>
        <source>cannot create the directory %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <source>the lab directory is too deep: the command socket path %1 is longer than the 107 bytes a Unix socket allows</source>
        <translation>le répertoire du labo est trop profond : le chemin du socket de commande %1 dépasse les 107 octets qu’un socket Unix permet</translation>
    </message>
    <message>
        <source>cannot create the directory %1: %2</source>
        <translation>impossible de créer le répertoire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 n’est pas un répertoire</translation>
    </message>
    <message>
        <source>%1 belongs to uid %2 gid %3, not to the user chronyd runs as (uid %4 gid %5): chronyd would disable its command socket</source>
        <translation>%1 appartient à l’uid %2 gid %3, pas à l’utilisateur de chronyd (uid %4 gid %5) : chronyd désactiverait son socket de commande</translation>
    </message>
    <message>
        <source>cannot set the mode of %1 to 0770: %2</source>
        <translation>impossible de mettre les droits de %1 à 0770 : %2</translation>
    </message>
</context>
<context>
    <name>LabSession</name>
    <message>
        <source>Looking at the lab in %1</source>
        <translation>Examen du labo dans %1</translation>
    </message>
    <message>
        <source>Cannot create the lab directory %1.</source>
        <translation>Impossible de créer le répertoire du labo %1.</translation>
    </message>
</context>
<context>
    <name>LabSettings</name>
    <message>
        <source>the lab directory must be an absolute path (chronyd changes to / when it daemonizes)</source>
        <translation>le répertoire du labo doit être un chemin absolu (chronyd passe dans / en devenant démon)</translation>
    </message>
    <message>
        <source>the lab directory must not contain blanks: chrony.conf cannot quote paths</source>
        <translation>le répertoire du labo ne doit pas contenir d’espaces : chrony.conf ne sait pas citer les chemins</translation>
    </message>
    <message>
        <source>%1&apos;s address is not an IP address</source>
        <translation>l’adresse de %1 n’est pas une adresse IP</translation>
    </message>
    <message>
        <source>%1&apos;s address %2 is not an IPv4 loopback address (127.0.0.0/8); the lab only runs on this machine</source>
        <translation>l’adresse %2 de %1 n’est pas une adresse de bouclage IPv4 (127.0.0.0/8) ; le labo ne tourne que sur cette machine</translation>
    </message>
    <message>
        <source>%1&apos;s address: %2</source>
        <translation>adresse de %1 : %2</translation>
    </message>
    <message>
        <source>System 1 and System 2 need different addresses (both are %1)</source>
        <translation>le système 1 et le système 2 doivent avoir des adresses différentes (les deux sont %1)</translation>
    </message>
    <message>
        <source>the NTP and command ports must not be 0</source>
        <translation>les ports NTP et de commande ne doivent pas être 0</translation>
    </message>
    <message>
        <source>the NTP port and the command port must differ (both are %1)</source>
        <translation>le port NTP et le port de commande doivent différer (les deux sont %1)</translation>
    </message>
    <message>
        <source>System %1&apos;s clock offset must be within ±%2 s</source>
        <translation>le décalage de l’horloge du système %1 doit rester dans ±%2 s</translation>
    </message>
    <message>
        <source>System %1&apos;s clock frequency error must be within ±%2 ppm (chronyd corrects no more)</source>
        <translation>l’erreur de fréquence de l’horloge du système %1 doit rester dans ±%2 ppm (chronyd ne corrige pas davantage)</translation>
    </message>
    <message>
        <source>clock offsets and frequencies need virtual clocks (a lab with -x uses this machine&apos;s clock)</source>
        <translation>décalages et fréquences demandent des horloges virtuelles (un labo avec -x utilise l’horloge de cette machine)</translation>
    </message>
    <message>
        <source>a lab date needs virtual clocks (a lab with -x uses this machine&apos;s clock)</source>
        <translation>une date de labo demande des horloges virtuelles (un labo avec -x utilise l’horloge de cette machine)</translation>
    </message>
    <message>
        <source>the lab date must be between 1980 and 2100</source>
        <translation>la date du labo doit être comprise entre 1980 et 2100</translation>
    </message>
    <message>
        <source>the virtual-clock library must be an absolute path (it is preloaded into chronyd)</source>
        <translation>la bibliothèque d’horloges virtuelles doit être un chemin absolu (elle est préchargée dans chronyd)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 has no lab (cannot read %2: %3)</source>
        <translation>%1 ne contient pas de labo (impossible de lire %2 : %3)</translation>
    </message>
    <message>
        <source>%1 is not a lab settings file: %2</source>
        <translation>%1 n’est pas un fichier de réglages de labo : %2</translation>
    </message>
    <message>
        <source>%1 has no valid ntpPort/cmdPort</source>
        <translation>%1 n’a pas de ntpPort/cmdPort valide</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 must name an existing directory by its absolute path</source>
        <translation>%1 doit désigner un répertoire existant par son chemin absolu</translation>
    </message>
    <message>
        <source>%1 is not a lab system directory (DIR/system1 or DIR/system2)</source>
        <translation>%1 n’est pas un répertoire de système de labo (DIR/system1 ou DIR/system2)</translation>
    </message>
    <message>
        <source>%1 is not a lab made by Tandem: %2</source>
        <translation>%1 n’est pas un labo créé par Tandem : %2</translation>
    </message>
    <message>
        <source>%1&apos;s %2 port %3:%4 is already in use (another lab, or a chronyd, on the same address and port would share its traffic): %5</source>
        <translation>le port %2 %3:%4 de %1 est déjà utilisé (un autre labo ou un chronyd sur la même adresse et le même port partagerait son trafic) : %5</translation>
    </message>
</context>
<context>
    <name>LeapBadge</name>
    <message>
        <source>chronyd&apos;s leap status: Normal, a leap second announced (Insert or Delete second), or Not synchronised.</source>
        <translation>État de seconde intercalaire de chronyd : normal, une seconde intercalaire annoncée (seconde à insérer ou à supprimer) ou non synchronisé.</translation>
    </message>
    <message>
        <source>Leap status: %1</source>
        <translation>État de seconde intercalaire : %1</translation>
    </message>
</context>
<context>
    <name>LintRules</name>
    <message>
        <source>%1 %2 is outside the range %3..%4</source>
        <translation>%1 %2 est hors de la plage %3..%4</translation>
    </message>
    <message>
        <source>use a value from %1 to %2</source>
        <translation>utilisez une valeur de %1 à %2</translation>
    </message>
    <message>
        <source>%1 (%2 line %3)</source>
        <translation>%1 (%2, ligne %3)</translation>
    </message>
    <message>
        <source>chronyd also uses &apos;%1&apos; from this file, which %2 brings in</source>
        <translation>chronyd utilise aussi « %1 » de ce fichier, qu’inclut %2</translation>
    </message>
    <message>
        <source>Tandem changes only the main file: comment this line out if this system must not use it</source>
        <translation>Tandem ne modifie que le fichier principal : commentez cette ligne si ce système ne doit pas l’utiliser</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a chrony directive; chronyd refuses to start</source>
        <translation>« %1 » n’est pas une directive de chrony ; chronyd refuse de démarrer</translation>
    </message>
    <message>
        <source>check the spelling against chrony.conf(5), or comment the line out with #</source>
        <translation>vérifiez l’orthographe dans chrony.conf(5), ou commentez la ligne avec #</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer supported and is ignored by chronyd</source>
        <translation>« %1 » n’est plus pris en charge et chronyd l’ignore</translation>
    </message>
    <message>
        <source>remove the line</source>
        <translation>supprimez la ligne</translation>
    </message>
    <message>
        <source>maxpoll %1 is smaller than minpoll %2</source>
        <translation>maxpoll %1 est inférieur à minpoll %2</translation>
    </message>
    <message>
        <source>make maxpoll at least as large as minpoll</source>
        <translation>prenez maxpoll au moins égal à minpoll</translation>
    </message>
    <message>
        <source>write an IP address, a host name or (for allow/deny) a subnet</source>
        <translation>écrivez une adresse IP, un nom d’hôte ou (pour allow/deny) un sous-réseau</translation>
    </message>
    <message>
        <source>%1 is ntpd&apos;s local-clock pseudo-address; chrony polls it as an ordinary NTP server on this machine, which never answers usefully</source>
        <translation>%1 est la pseudo-adresse d’horloge locale de ntpd ; chrony l’interroge comme un serveur NTP ordinaire sur cette machine, qui ne répond jamais utilement</translation>
    </message>
    <message>
        <source>remove this line and use &apos;local stratum 10&apos; to serve this machine&apos;s clock</source>
        <translation>supprimez cette ligne et utilisez « local stratum 10 » pour servir l’horloge de cette machine</translation>
    </message>
    <message>
        <source>cmdallow has no effect for other hosts: chronyd&apos;s command port listens only on 127.0.0.1 and ::1 unless bindcmdaddress says otherwise</source>
        <translation>cmdallow est sans effet pour les autres hôtes : le port de commande de chronyd n’écoute que sur 127.0.0.1 et ::1, sauf si bindcmdaddress dit autre chose</translation>
    </message>
    <message>
        <source>add &apos;bindcmdaddress 0.0.0.0&apos; (or this machine&apos;s LAN address) and open UDP port 323 in the firewall</source>
        <translation>ajoutez « bindcmdaddress 0.0.0.0 » (ou l’adresse LAN de cette machine) et ouvrez le port UDP 323 dans le pare-feu</translation>
    </message>
    <message>
        <source>this LAN server competes with online pools/servers; source selection may follow the online sources instead of %1</source>
        <translation>ce serveur LAN est en concurrence avec des pools/serveurs en ligne ; la sélection des sources peut suivre les sources en ligne au lieu de %1</translation>
    </message>
    <message>
        <source>disable the online pool lines to follow only this server, or add &apos;prefer&apos; to this line</source>
        <translation>désactivez les lignes de pool en ligne pour ne suivre que ce serveur, ou ajoutez « prefer » à cette ligne</translation>
    </message>
    <message>
        <source>this config serves its local clock, but no &apos;allow&apos; line lets any client ask for the time</source>
        <translation>cette configuration sert son horloge locale, mais aucune ligne « allow » ne permet à un client de demander l’heure</translation>
    </message>
    <message>
        <source>add &apos;allow ADDRESS&apos; with the client&apos;s address or subnet</source>
        <translation>ajoutez « allow ADRESSE » avec l’adresse ou le sous-réseau du client</translation>
    </message>
    <message>
        <source>no client gets the time from this system</source>
        <translation>aucun client n’obtient l’heure de ce système</translation>
    </message>
    <message>
        <source>no other host can monitor this chronyd</source>
        <translation>aucun autre hôte ne peut surveiller ce chronyd</translation>
    </message>
    <message>
        <source>&apos;%1 0&apos; closes the port that the &apos;%2&apos; lines open: %3</source>
        <translation>« %1 0 » ferme le port qu’ouvrent les lignes « %2 » : %3</translation>
    </message>
    <message>
        <source>remove the &apos;%1 0&apos; line (the default port serves)</source>
        <translation>supprimez la ligne « %1 0 » (le port par défaut sert)</translation>
    </message>
    <message>
        <source>there is no &apos;makestep&apos; line, so chronyd never steps this clock: a clock that is wrong at boot is slewed at most 83 ms per second (an hour off takes about 12 hours)</source>
        <translation>il n’y a pas de ligne « makestep », donc chronyd ne règle jamais cette horloge d’un coup : une horloge fausse au démarrage est rattrapée d’au plus 83 ms par seconde (une heure d’écart prend environ 12 heures)</translation>
    </message>
    <message>
        <source>add &apos;makestep 1 3&apos; (step during the first updates after chronyd starts), or &apos;makestep 1 -1&apos; where the clock may jump at any time</source>
        <translation>ajoutez « makestep 1 3 » (saut pendant les premières mises à jour après le démarrage de chronyd), ou « makestep 1 -1 » là où l’horloge peut sauter à tout moment</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option of the %2 directive; chronyd refuses to start</source>
        <translation>« %1 » n’est pas une option de la directive %2 ; chronyd refuse de démarrer</translation>
    </message>
    <message>
        <source>check the spelling against chrony.conf(5); a comment must start its own line</source>
        <translation>vérifiez l’orthographe dans chrony.conf(5) ; un commentaire doit commencer sa propre ligne</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; needs a value</source>
        <translation>l’option « %1 » demande une valeur</translation>
    </message>
    <message>
        <source>write &apos;%1 VALUE&apos;</source>
        <translation>écrivez « %1 VALEUR »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; only applies to pool lines and is ignored here</source>
        <translation>« %1 » ne s’applique qu’aux lignes pool et est ignoré ici</translation>
    </message>
    <message>
        <source>remove the option</source>
        <translation>supprimez l’option</translation>
    </message>
    <message>
        <source>this source uses key %1, but no &apos;keyfile&apos; line names the file that holds it: chronyd refuses its samples</source>
        <translation>cette source utilise la clé %1, mais aucune ligne « keyfile » ne nomme le fichier qui la contient : chronyd refuse ses mesures</translation>
    </message>
    <message>
        <source>add &apos;keyfile /etc/chrony/chrony.keys&apos; with the key in it</source>
        <translation>ajoutez « keyfile /etc/chrony/chrony.keys » contenant la clé</translation>
    </message>
    <message>
        <source>key %1 could not be checked: %2</source>
        <translation>la clé %1 n’a pas pu être vérifiée : %2</translation>
    </message>
    <message>
        <source>check as root: tandem-cli lint</source>
        <translation>vérifiez en root : tandem-cli lint</translation>
    </message>
    <message>
        <source>key %1 is not in %2: chronyd refuses this source&apos;s samples</source>
        <translation>la clé %1 n’est pas dans %2 : chronyd refuse les mesures de cette source</translation>
    </message>
    <message>
        <source>add the same key, with the same ID, to the key files of both systems</source>
        <translation>ajoutez la même clé, avec le même ID, aux fichiers de clés des deux systèmes</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Sources of System 1</source>
        <translation>Sources du système 1</translation>
    </message>
    <message>
        <source>Sources of System 2</source>
        <translation>Sources du système 2</translation>
    </message>
    <message>
        <source>Sources of System &amp;1</source>
        <translation>Sources du système &amp;1</translation>
    </message>
    <message>
        <source>Sources of System &amp;2</source>
        <translation>Sources du système &amp;2</translation>
    </message>
    <message>
        <source>Sync now: %1</source>
        <translation>Synchroniser maintenant : %1</translation>
    </message>
    <message>
        <source>Sync now: %1 (failed)</source>
        <translation>Synchroniser maintenant : %1 (échec)</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>en avance</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>F&amp;enêtre :</translation>
    </message>
    <message>
        <source>Chart window</source>
        <translation>Fenêtre du graphique</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Stop following live to inspect the chart; polling and history go on.</source>
        <translation>Cesser de suivre en direct pour examiner le graphique ; l’interrogation et l’historique continuent.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en CS&amp;V…</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Exporter en P&amp;NG…</translation>
    </message>
    <message>
        <source>S&amp;ync now…</source>
        <translation>S&amp;ynchroniser maintenant…</translation>
    </message>
    <message>
        <source>Take fresh measurements and step this machine&apos;s clock now (asks first).</source>
        <translation>Prendre de nouvelles mesures et régler maintenant l’horloge de cette machine d’un coup (demande d’abord).</translation>
    </message>
    <message>
        <source>The saved history was not loaded: %1</source>
        <translation>L’historique enregistré n’a pas été chargé : %1</translation>
    </message>
    <message>
        <source>System %1: not set up</source>
        <translation>Système %1 : non configuré</translation>
    </message>
    <message>
        <source>Tandem does not know the other system yet. Set up time sync to tell it.</source>
        <translation>Tandem ne connaît pas encore l’autre système. Configurez la synchronisation de l’heure pour le lui indiquer.</translation>
    </message>
    <message>
        <source>Take fresh measurements and step the clock of System %1 (this machine) now. Asks first.</source>
        <translation>Prendre de nouvelles mesures et régler maintenant l’horloge du système %1 (cette machine). Demande d’abord.</translation>
    </message>
    <message>
        <source>Tandem alert</source>
        <translation>Alerte Tandem</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>Leap status: %1 / %2</source>
        <translation>État de seconde intercalaire : %1 / %2</translation>
    </message>
    <message>
        <source>Sync now: starting the helper…</source>
        <translation>Synchroniser maintenant : démarrage du programme d’aide…</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>Exporter l’historique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>&amp;Alerts and polling</source>
        <translation>Alertes et &amp;interrogation</translation>
    </message>
    <message>
        <source>◀ &amp;Earlier</source>
        <translation>◀ Plus &amp;tôt</translation>
    </message>
    <message>
        <source>Move the paused chart back by half its window.</source>
        <translation>Reculer le graphique en pause d’une demi-fenêtre.</translation>
    </message>
    <message>
        <source>La&amp;ter ▶</source>
        <translation>Plus tar&amp;d ▶</translation>
    </message>
    <message>
        <source>Move the paused chart forward by half its window, up to now.</source>
        <translation>Avancer le graphique en pause d’une demi-fenêtre, au plus jusqu’à maintenant.</translation>
    </message>
    <message>
        <source>F&amp;ollow live</source>
        <translation>&amp;Suivre en direct</translation>
    </message>
    <message>
        <source>Measured against %1: before the step this clock was %2; after it, %3.</source>
        <translation>Mesuré par rapport à %1 : avant le saut, cette horloge était %2 ; après, %3.</translation>
    </message>
    <message>
        <source>Measured against %1: this clock was %2, and %3 when measured again (not stepped).</source>
        <translation>Mesuré par rapport à %1 : cette horloge était %2, et %3 à la nouvelle mesure (pas de saut).</translation>
    </message>
    <message>
        <source>Measured against %1: this clock was %2; not measured again afterwards.</source>
        <translation>Mesuré par rapport à %1 : cette horloge était %2 ; pas mesurée à nouveau ensuite.</translation>
    </message>
    <message>
        <source>System 2 vs. System 1: %1</source>
        <translation>Système 2 par rapport au système 1 : %1</translation>
    </message>
    <message>
        <source>System 1 clock vs. its source: %1</source>
        <translation>Horloge du système 1 par rapport à sa source : %1</translation>
    </message>
    <message>
        <source>System 2 clock vs. its source: %1</source>
        <translation>Horloge du système 2 par rapport à sa source : %1</translation>
    </message>
    <message>
        <source>The history could not be saved: %1</source>
        <translation>L’historique n’a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Set up time sync…</source>
        <translation>&amp;Configurer la synchronisation de l’heure…</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>Open the lab</source>
        <translation>Ouvrir le laboratoire</translation>
    </message>
    <message>
        <source>Set up time sync</source>
        <translation>Configurer la synchronisation de l’heure</translation>
    </message>
    <message>
        <source>Attached to the running lab.</source>
        <translation>Rattaché au laboratoire en cours.</translation>
    </message>
    <message>
        <source>The lab is running.</source>
        <translation>Le laboratoire est en marche.</translation>
    </message>
    <message>
        <source>LAB  %1</source>
        <translation>LABO  %1</translation>
    </message>
    <message>
        <source>Lab mode: %1</source>
        <translation>Mode laboratoire : %1</translation>
    </message>
    <message>
        <source>Two real chronyd daemons on loopback, started with -x: they never touch this machine&apos;s clock.</source>
        <translation>Deux vrais démons chronyd en boucle locale, lancés avec -x : ils ne touchent jamais l’horloge de cette machine.</translation>
    </message>
    <message>
        <source>The lab could not start: %1</source>
        <translation>Le laboratoire n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The lab was stopped.</source>
        <translation>Le laboratoire a été arrêté.</translation>
    </message>
    <message>
        <source>Tandem: time sync between two systems</source>
        <translation>Tandem : synchronisation de l’heure entre deux systèmes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>&amp;Laboratoire</translation>
    </message>
    <message>
        <source>&amp;Open the lab</source>
        <translation>&amp;Ouvrir le laboratoire</translation>
    </message>
    <message>
        <source>&amp;Stop the lab</source>
        <translation>&amp;Arrêter le laboratoire</translation>
    </message>
    <message>
        <source>Show &amp;this system</source>
        <translation>Afficher &amp;ce système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Tandem</source>
        <translation>À &amp;propos de Tandem</translation>
    </message>
    <message>
        <source>About Tandem</source>
        <translation>À propos de Tandem</translation>
    </message>
    <message>
        <source>Looking at this system&apos;s chronyd…</source>
        <translation>Examen du chronyd de ce système…</translation>
    </message>
    <message>
        <source>&lt;b&gt;chrony is not installed.&lt;/b&gt; Install it with %1, then start it with %2.&lt;br&gt;Meanwhile the lab shows everything with two real chronyd daemons on loopback (it needs chrony installed too).</source>
        <translation>&lt;b&gt;chrony n’est pas installé.&lt;/b&gt; Installez-le avec %1, puis démarrez-le avec %2.&lt;br&gt;En attendant, le laboratoire montre tout avec deux vrais démons chronyd en boucle locale (il faut aussi que chrony soit installé).</translation>
    </message>
    <message>
        <source>&lt;b&gt;chronyd is not running&lt;/b&gt; on this system (%1). Start it with %2.&lt;br&gt;Or try everything in the lab first: two chronyd daemons on loopback that never touch this machine&apos;s clock.</source>
        <translation>&lt;b&gt;chronyd ne fonctionne pas&lt;/b&gt; sur ce système (%1). Démarrez-le avec %2.&lt;br&gt;Ou essayez d’abord tout dans le laboratoire : deux démons chronyd en boucle locale qui ne touchent jamais l’horloge de cette machine.</translation>
    </message>
    <message>
        <source>Starting the lab in %1…</source>
        <translation>Démarrage du laboratoire dans %1…</translation>
    </message>
    <message>
        <source>Stop the lab</source>
        <translation>Arrêter le laboratoire</translation>
    </message>
    <message>
        <source>Stop the lab&apos;s two chronyd daemons? Its directory stays, so it can be started again.</source>
        <translation>Arrêter les deux démons chronyd du laboratoire ? Son répertoire est conservé, il peut donc être redémarré.</translation>
    </message>
    <message>
        <source>&amp;Restore this system&apos;s previous chrony.conf…</source>
        <translation>&amp;Restaurer le chrony.conf précédent de ce système…</translation>
    </message>
    <message>
        <source>Restore System &amp;%1&apos;s previous chrony.conf…</source>
        <translation>Restaurer le chrony.conf précédent du système &amp;%1…</translation>
    </message>
    <message>
        <source>Open the la&amp;b</source>
        <translation>&amp;Ouvrir le laboratoire</translation>
    </message>
    <message>
        <source>The lab is running; both clocks started at %1 UTC.</source>
        <translation>Le laboratoire est en marche ; les deux horloges ont démarré à %1 UTC.</translation>
    </message>
    <message>
        <source>Two real chronyd daemons on loopback, each on a virtual clock of its own: they step and slew those clocks, never this machine&apos;s.</source>
        <translation>Deux vrais démons chronyd en boucle locale, chacun sur sa propre horloge virtuelle : ils règlent et ajustent ces horloges, jamais celle de cette machine.</translation>
    </message>
    <message>
        <source>Make System 2&apos;s clock &amp;wrong…</source>
        <translation>&amp;Dérégler l’horloge du système 2…</translation>
    </message>
    <message>
        <source>Rehearse a &amp;leap second…</source>
        <translation>Répéter une seconde &amp;intercalaire…</translation>
    </message>
    <message>
        <source>Rehearse a leap second</source>
        <translation>Répéter une seconde intercalaire</translation>
    </message>
    <message>
        <source>Restart the lab with both clocks at %1 UTC, an hour before the leap second at the end of 2016? Its chronyd daemons announce it (leap status &quot;Insert second&quot;) and insert it at midnight. The lab&apos;s daemons restart; this machine&apos;s clock is not touched.</source>
        <translation>Redémarrer le laboratoire avec les deux horloges à %1 UTC, une heure avant la seconde intercalaire de fin 2016 ? Ses démons chronyd l’annoncent (état « Seconde à insérer ») et l’insèrent à minuit. Les démons du laboratoire redémarrent ; l’horloge de cette machine n’est pas touchée.</translation>
    </message>
    <message>
        <source>Restarting the lab at %1 UTC…</source>
        <translation>Redémarrage du laboratoire à %1 UTC…</translation>
    </message>
    <message>
        <source>Running as root: Tandem does not need it (changes go through its helper with polkit), and the settings and history kept now are root&apos;s.</source>
        <translation>Exécuté en root : Tandem n’en a pas besoin (les modifications passent par son assistant avec polkit), et les réglages et l’historique conservés maintenant sont ceux de root.</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tandem %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Tandem sets up and watches chrony time sync between two Linux systems: System 1 serves its clock, System 2 follows it.&lt;/p&gt;&lt;p&gt;Manual: &lt;code&gt;man tandem&lt;/code&gt; (the window) and &lt;code&gt;man tandem-cli&lt;/code&gt; (the same from a terminal); chrony&apos;s own: &lt;code&gt;man chrony.conf&lt;/code&gt;, &lt;code&gt;man chronyc&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tandem %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Tandem configure et surveille la synchronisation horaire chrony entre deux systèmes Linux : le système 1 sert son horloge, le système 2 la suit.&lt;/p&gt;&lt;p&gt;Manuel : &lt;code&gt;man tandem&lt;/code&gt; (la fenêtre) et &lt;code&gt;man tandem-cli&lt;/code&gt; (la même chose depuis un terminal) ; ceux de chrony : &lt;code&gt;man chrony.conf&lt;/code&gt;, &lt;code&gt;man chronyc&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This system is neither System 1 nor System 2 yet: %1 has no setup by Tandem. Today its chrony config makes it %2. &lt;b&gt;Set up time sync…&lt;/b&gt; makes it one of the two.</source>
        <translation>Ce système n’est encore ni le système 1 ni le système 2 : %1 ne contient aucune configuration de Tandem. Aujourd’hui sa configuration chrony en fait : %2. &lt;b&gt;Configurer la synchronisation de l’heure…&lt;/b&gt; en fait l’un des deux.</translation>
    </message>
    <message>
        <source>Another Tandem window is open (process %1): this one shows the same, but keeps no history of its own.</source>
        <translation>Une autre fenêtre Tandem est ouverte (processus %1) : celle-ci affiche la même chose, mais ne tient pas d’historique propre.</translation>
    </message>
    <message>
        <source>The history an earlier Tandem kept for this system was set aside as %1: it took the role from your settings, so its labels may be wrong. From now on each pair keeps its own.</source>
        <translation>L’historique qu’une version antérieure de Tandem tenait pour ce système a été mis de côté sous %1 : elle prenait le rôle dans vos réglages, ses libellés peuvent donc être faux. Désormais chaque paire tient le sien.</translation>
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
        <translation>Interroger les &amp;deux systèmes toutes les :</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Intervalle d’interrogation</translation>
    </message>
    <message>
        <source>Alert when System 2 is &amp;off System 1 by more than:</source>
        <translation>Alerter quand le système 2 s’écarte du système 1 de &amp;plus de :</translation>
    </message>
    <message>
        <source>Offset alert threshold</source>
        <translation>Seuil d’alerte de décalage</translation>
    </message>
    <message>
        <source>…or leap status is not Normal, for longer than (&amp;grace period):</source>
        <translation>… ou que l’état de seconde intercalaire n’est pas normal, pendant plus de (&amp;délai de grâce) :</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Délai de grâce</translation>
    </message>
    <message>
        <source>An alert clears once the condition has been gone for the same grace period; an offset alert only below 80 % of the threshold, so it does not flap.</source>
        <translation>Une alerte disparaît une fois la condition absente pendant le même délai de grâce ; une alerte de décalage seulement sous 80 % du seuil, pour éviter qu’elle ne clignote.</translation>
    </message>
    <message>
        <source>Alert when a system&apos;s link &amp;loses some polls for longer than:</source>
        <translation>Alerter quand la liaison d’un système &amp;perd des interrogations pendant plus de :</translation>
    </message>
    <message>
        <source>Degraded link grace period</source>
        <translation>Délai de grâce pour liaison dégradée</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>&amp;Let the other system watch this system&apos;s chronyd</source>
        <translation>&amp;Laisser l’autre système surveiller le chronyd de ce système</translation>
    </message>
    <message>
        <source>Let the other system watch this system&apos;s chronyd</source>
        <translation>Laisser l’autre système surveiller le chronyd de ce système</translation>
    </message>
    <message>
        <source>&amp;Let %1 watch this system&apos;s chronyd</source>
        <translation>&amp;Laisser %1 surveiller le chronyd de ce système</translation>
    </message>
    <message>
        <source>Let %1 watch this system&apos;s chronyd</source>
        <translation>Laisser %1 surveiller le chronyd de ce système</translation>
    </message>
    <message>
        <source>Adds &lt;code&gt;cmdallow %1&lt;/code&gt; and a &lt;code&gt;bindcmdaddress&lt;/code&gt; line: chronyd&apos;s command port (UDP 323) then answers %2 as well as this system. Remote hosts only get the read-only monitoring commands (tracking, sources); nothing can be changed from there. Open UDP port 323 for %1 in the firewall if there is one.&lt;br&gt;&lt;br&gt;Tandem&apos;s live view of both systems needs this on both sides. Leave it off if this system&apos;s chrony details should stay private.</source>
        <translation>Ajoute &lt;code&gt;cmdallow %1&lt;/code&gt; et une ligne &lt;code&gt;bindcmdaddress&lt;/code&gt; : le port de commande de chronyd (UDP 323) répond alors à %2 aussi bien qu’à ce système. Les hôtes distants n’ont accès qu’aux commandes de surveillance en lecture seule (tracking, sources) ; rien ne peut être modifié depuis là-bas. Ouvrez le port UDP 323 pour %1 dans le pare-feu s’il y en a un.&lt;br&gt;&lt;br&gt;La vue en direct des deux systèmes de Tandem en a besoin des deux côtés. Laissez cette option désactivée si les détails de chrony de ce système doivent rester privés.</translation>
    </message>
    <message>
        <source>Listen on &amp;every interface (0.0.0.0), not only on the one facing the peer</source>
        <translation>Écouter sur &amp;toutes les interfaces (0.0.0.0), pas seulement celle tournée vers l’autre système</translation>
    </message>
    <message>
        <source>Listen for monitoring on every interface</source>
        <translation>Écouter la surveillance sur toutes les interfaces</translation>
    </message>
    <message>
        <source>chronyd&apos;s command port stays on this system&apos;s loopback.</source>
        <translation>Le port de commande de chronyd reste sur le loopback de ce système.</translation>
    </message>
    <message>
        <source>In the lab, chronyd listens on its own loopback address, &lt;code&gt;%1&lt;/code&gt;.</source>
        <translation>Dans le labo, chronyd écoute sur sa propre adresse loopback, &lt;code&gt;%1&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>chronyd will answer monitoring on &lt;b&gt;every&lt;/b&gt; network this system is on (&lt;code&gt;bindcmdaddress 0.0.0.0&lt;/code&gt;); only %1 is allowed to ask, but the port is open to all of them.</source>
        <translation>chronyd répondra à la surveillance sur &lt;b&gt;tous&lt;/b&gt; les réseaux de ce système (&lt;code&gt;bindcmdaddress 0.0.0.0&lt;/code&gt;) ; seul %1 a le droit de demander, mais le port est ouvert à tous.</translation>
    </message>
    <message>
        <source>chronyd will listen only on &lt;code&gt;%1&lt;/code&gt;, the address this system reaches %2 from (&lt;code&gt;bindcmdaddress %1&lt;/code&gt;). If that address changes (DHCP), monitoring stops until Tandem is run again; choose every interface then.</source>
        <translation>chronyd écoutera seulement sur &lt;code&gt;%1&lt;/code&gt;, l’adresse depuis laquelle ce système joint %2 (&lt;code&gt;bindcmdaddress %1&lt;/code&gt;). Si cette adresse change (DHCP), la surveillance s’arrête jusqu’à ce que Tandem soit relancé ; choisissez alors toutes les interfaces.</translation>
    </message>
    <message>
        <source>chronyd will listen only on the address this system reaches %1 from, worked out when the plan is made.</source>
        <translation>chronyd écoutera seulement sur l’adresse depuis laquelle ce système joint %1, déterminée lors du plan.</translation>
    </message>
    <message>
        <source>Monitoring and trust</source>
        <translation>Surveillance et confiance</translation>
    </message>
    <message>
        <source>Whether %1 may watch this system&apos;s chronyd, and how System 2 knows that its time comes from System 1.</source>
        <translation>Si %1 peut surveiller le chronyd de ce système, et comment le système 2 sait que son heure vient du système 1.</translation>
    </message>
</context>
<context>
    <name>NtpMeasurement</name>
    <message>
        <source>local clock</source>
        <translation>horloge locale</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>NtpPacket</name>
    <message>
        <source>the reply is %1 bytes long, shorter than an NTP header (48 bytes)</source>
        <translation>la réponse fait %1 octets, moins qu’un en-tête NTP (48 octets)</translation>
    </message>
    <message>
        <source>the reply has NTP mode %1, not 4 (server): something other than an NTP server answered</source>
        <translation>la réponse a le mode NTP %1, pas 4 (serveur) : autre chose qu’un serveur NTP a répondu</translation>
    </message>
    <message>
        <source>the reply has NTP version %1, which no NTP server sends</source>
        <translation>la réponse a la version NTP %1, qu’aucun serveur NTP n’envoie</translation>
    </message>
    <message>
        <source>the reply&apos;s origin timestamp does not match our request, so it does not answer it</source>
        <translation>l’horodatage d’origine de la réponse ne correspond pas à notre requête : elle n’y répond donc pas</translation>
    </message>
    <message>
        <source>the server sent a kiss-o&apos;-death (code %1), it refuses to give us time%2</source>
        <translation>le serveur a envoyé un kiss-o’-death (code %1), il refuse de nous donner l’heure%2</translation>
    </message>
    <message>
        <source>the reply has no transmit timestamp</source>
        <translation>la réponse n’a pas d’horodatage d’émission</translation>
    </message>
    <message>
        <source>the reply is %1 bytes long; an NTP server answers our request with 48</source>
        <translation>la réponse fait %1 octets ; un serveur NTP répond à notre requête par 48</translation>
    </message>
    <message>
        <source>implausible reply: stratum %1</source>
        <translation>réponse invraisemblable : strate %1</translation>
    </message>
    <message>
        <source>implausible reply: root delay %1 s, root dispersion %2 s from a server that says it is synchronised</source>
        <translation>réponse invraisemblable : délai racine %1 s, dispersion racine %2 s d’un serveur qui se dit synchronisé</translation>
    </message>
</context>
<context>
    <name>NtpProbe</name>
    <message>
        <source>the reply was too long</source>
        <translation>la réponse était trop longue</translation>
    </message>
</context>
<context>
    <name>OffsetChartView</name>
    <message>
        <source>Offset chart</source>
        <translation>Graphique des décalages</translation>
    </message>
    <message>
        <source>System 2&apos;s offset to System 1 and each system&apos;s system time over the chosen window; leap status as a band along the bottom.</source>
        <translation>Le décalage du système 2 par rapport au système 1 et l’heure système de chaque système sur la fenêtre choisie ; l’état de seconde intercalaire en bande le long du bas.</translation>
    </message>
    <message>
        <source>Offset (%1)</source>
        <extracomment>Axis title; %1 is a unit such as µs</extracomment>
        <translation>Décalage (%1)</translation>
    </message>
    <message>
        <source>leap status: System 1 / System 2</source>
        <translation>seconde intercalaire : système 1 / système 2</translation>
    </message>
    <message>
        <source>step</source>
        <extracomment>Chart marker: the clock was stepped (Sync now)</extracomment>
        <translation>saut</translation>
    </message>
    <message>
        <source>step %1 → %2</source>
        <extracomment>Chart marker: the clock was stepped from the first offset to the second (&quot;step 99.98 s → 27.39 µs&quot;)</extracomment>
        <translation>saut %1 → %2</translation>
    </message>
    <message>
        <source>System 2 vs. System 1 (+ = ahead)</source>
        <extracomment>Legend: System 2&apos;s offset to System 1, positive when System 2 is ahead</extracomment>
        <translation>Système 2 par rapport au système 1 (+ = en avance)</translation>
    </message>
    <message>
        <source>System 1 clock vs. its source (+ = ahead)</source>
        <extracomment>Legend: System 1&apos;s clock against its own source (chronyd&apos;s System time), positive when ahead</extracomment>
        <translation>Horloge du système 1 par rapport à sa source (+ = en avance)</translation>
    </message>
    <message>
        <source>System 2 clock vs. its source (+ = ahead)</source>
        <translation>Horloge du système 2 par rapport à sa source (+ = en avance)</translation>
    </message>
    <message>
        <source>leap second due</source>
        <translation>seconde intercalaire prévue</translation>
    </message>
    <message>
        <source>S%1 unreachable</source>
        <extracomment>Chart span: System N did not answer, for how long (&quot;S2 unreachable 45 s&quot;)</extracomment>
        <translation>S%1 injoignable</translation>
    </message>
    <message>
        <source>S%1 unreachable %2</source>
        <translation>S%1 injoignable %2</translation>
    </message>
</context>
<context>
    <name>PairBundle</name>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Impossible de créer %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 holds no pairing code: %2</source>
        <translation>%1 ne contient aucun code d&apos;appairage : %2</translation>
    </message>
</context>
<context>
    <name>PairDefinition</name>
    <message>
        <source>Lab System 1 (%1)</source>
        <translation>Système 1 du laboratoire (%1)</translation>
    </message>
    <message>
        <source>Lab System 2 (%1)</source>
        <translation>Système 2 du laboratoire (%1)</translation>
    </message>
    <message>
        <source>System %1: this system</source>
        <translation>Système %1 : ce système</translation>
    </message>
    <message>
        <source>System %1 (%2)</source>
        <translation>Système %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PairKey</name>
    <message>
        <source>The key ID must be between 1 and %1.</source>
        <translation>L&apos;identifiant de clé doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>The key must be %1 hexadecimal digits.</source>
        <translation>La clé doit comporter %1 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>The code has characters that are not in a pairing code (letters, and digits 2 to 7).</source>
        <translation>Le code contient des caractères absents des codes d&apos;appairage (lettres, et chiffres de 2 à 7).</translation>
    </message>
    <message>
        <source>The code has %1 of its %2 characters.</source>
        <translation>Le code a %1 de ses %2 caractères.</translation>
    </message>
    <message>
        <source>The code has a typo: its check characters do not match the rest.</source>
        <translation>Le code contient une faute de frappe : ses caractères de contrôle ne correspondent pas au reste.</translation>
    </message>
    <message>
        <source>The code does not hold a key ID Tandem uses.</source>
        <translation>Le code ne contient pas d&apos;identifiant de clé utilisé par Tandem.</translation>
    </message>
</context>
<context>
    <name>PairKeyBox</name>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>&amp;Authenticate System 1&apos;s time with a shared key (recommended)</source>
        <translation>&amp;Authentifier l&apos;heure du système 1 avec une clé partagée (recommandé)</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>System 1&apos;s pairing code</source>
        <translation>Code d&apos;appairage du système 1</translation>
    </message>
    <message>
        <source>System 1&apos;s pairing &amp;code:</source>
        <translation>&amp;Code d&apos;appairage du système 1 :</translation>
    </message>
    <message>
        <source>System 2 will take time from any reply that comes from this system&apos;s address.</source>
        <translation>Le système 2 prendra l&apos;heure de toute réponse venant de l&apos;adresse de ce système.</translation>
    </message>
    <message>
        <source>This system will take time from any reply that comes from System 1&apos;s address, also from an impostor answering for it.</source>
        <translation>Ce système prendra l&apos;heure de toute réponse venant de l&apos;adresse du système 1, y compris d&apos;un imposteur répondant à sa place.</translation>
    </message>
    <message>
        <source>A fresh key (%1) is made for this pair and written into chrony&apos;s key file. The Review page shows its pairing code: type it into System 2&apos;s wizard, or export it to a file only you can read. System 2 then ignores replies without it.</source>
        <translation>Une nouvelle clé (%1) est créée pour cette paire et écrite dans le fichier de clés de chrony. La page de vérification affiche son code d&apos;appairage : saisissez-le dans l&apos;assistant du système 2, ou exportez-le dans un fichier que vous seul pouvez lire. Le système 2 ignore alors les réponses sans elle.</translation>
    </message>
    <message>
        <source>Type the pairing code System 1&apos;s wizard shows, or import the file it exported. Replies without System 1&apos;s key are then refused.</source>
        <translation>Saisissez le code d&apos;appairage affiché par l&apos;assistant du système 1, ou importez le fichier qu&apos;il a exporté. Les réponses sans la clé du système 1 sont alors refusées.</translation>
    </message>
    <message>
        <source>Key %1: the code is complete and its check matches.</source>
        <translation>Clé %1 : le code est complet et son contrôle correspond.</translation>
    </message>
    <message>
        <source>The code is needed to go on, or turn authentication off.</source>
        <translation>Le code est nécessaire pour continuer, ou désactivez l&apos;authentification.</translation>
    </message>
    <message>
        <source>Import System 1&apos;s pairing file</source>
        <translation>Importer le fichier d&apos;appairage du système 1</translation>
    </message>
    <message>
        <source>Tandem pairing file (*.tandem-pair);;All files (*)</source>
        <translation>Fichier d&apos;appairage Tandem (*.tandem-pair);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Keep the pair&apos;s key %1 (the other system has it already)</source>
        <translation>&amp;Garder la clé %1 de la paire (l&apos;autre système l&apos;a déjà)</translation>
    </message>
    <message>
        <source>Make a ne&amp;w key (System 2 then needs its new code)</source>
        <translation>Créer une &amp;nouvelle clé (le système 2 aura alors besoin de son nouveau code)</translation>
    </message>
    <message>
        <source>Use a ne&amp;w code from System 1</source>
        <translation>Utiliser un &amp;nouveau code du système 1</translation>
    </message>
    <message>
        <source>Key %1 stays in chrony&apos;s key file as Tandem wrote it; nothing needs to be carried across.</source>
        <translation>La clé %1 reste dans le fichier de clés de chrony telle que Tandem l&apos;a écrite ; rien n&apos;est à transmettre.</translation>
    </message>
</context>
<context>
    <name>PairMonitor</name>
    <message>
        <source>this machine</source>
        <translation>cette machine</translation>
    </message>
    <message>
        <source>chronyd&apos;s configured sources</source>
        <translation>les sources configurées de chronyd</translation>
    </message>
    <message>
        <source>Could not export the alert log to %1: %2</source>
        <translation>Impossible d’exporter le journal des alertes vers %1 : %2</translation>
    </message>
    <message>
        <source>Sync now steps this machine&apos;s clock, and this machine is not one of the two systems shown.</source>
        <translation>« Synchroniser maintenant » règle l’horloge de cette machine, et cette machine n’est aucun des deux systèmes affichés.</translation>
    </message>
    <message>
        <source>This system&apos;s chronyd does not answer, so there is nothing to step with.</source>
        <translation>Le chronyd de ce système ne répond pas : il n’y a rien avec quoi régler l’horloge.</translation>
    </message>
    <message>
        <source>System 1 serves its own clock and has no time source to step to (no online pools). Sync now belongs on System 2.</source>
        <translation>Le système 1 sert sa propre horloge et n’a aucune source de temps sur laquelle se régler (pas de pools en ligne). « Synchroniser maintenant » se fait sur le système 2.</translation>
    </message>
    <message>
        <source>This system&apos;s chronyd has no time source to step to.</source>
        <translation>Le chronyd de ce système n’a aucune source de temps sur laquelle se régler.</translation>
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
        <translation>Seconde à insérer</translation>
    </message>
    <message>
        <source>Delete second</source>
        <translation>Seconde à supprimer</translation>
    </message>
    <message>
        <source>Not synchronised</source>
        <translation>Non synchronisé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>PeerAccess</name>
    <message>
        <source>System 2</source>
        <translation>Système 2</translation>
    </message>
    <message>
        <source>System 1</source>
        <translation>Système 1</translation>
    </message>
    <message>
        <source>it has no address</source>
        <translation>il n’a pas d’adresse</translation>
    </message>
    <message>
        <source>%1&apos;s name %2 does not resolve on this machine (%3), and chronyd would not start with it in allow/cmdallow: use %1&apos;s address.</source>
        <translation>Le nom %2 de %1 ne se résout pas sur cette machine (%3), et chronyd ne démarrerait pas avec lui dans allow/cmdallow : utilisez l’adresse de %1.</translation>
    </message>
    <message>
        <source>This machine has no route to %1.</source>
        <translation>Cette machine n’a pas de route vers %1.</translation>
    </message>
    <message>
        <source>%1&apos;s address: %2</source>
        <translation>adresse de %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an address.</source>
        <translation>%1 n’est pas une adresse.</translation>
    </message>
    <message>
        <source>Which of this machine&apos;s addresses faces %1 is unknown: %2 Choose to listen for monitoring on all interfaces, or give the address.</source>
        <translation>On ne sait pas quelle adresse de cette machine fait face à %1 : %2 Choisissez d’écouter la surveillance sur toutes les interfaces, ou indiquez l’adresse.</translation>
    </message>
</context>
<context>
    <name>PeerFirewallHint</name>
    <message>
        <source>The chronyd on %1 runs (its command port %2 answered), but its NTP port UDP %3 does not answer this system: a firewall on %1 drops UDP %3 from %4, or the chrony.conf on %1 has no &apos;allow&apos; for %4. On %1, run: tandem-cli firewall check --peer %4 --port %3</source>
        <translation>Le chronyd de %1 tourne (son port de commande %2 a répondu), mais son port NTP UDP %3 ne répond pas à ce système : un pare-feu sur %1 rejette l’UDP %3 venant de %4, ou le chrony.conf de %1 n’a pas de « allow » pour %4. Sur %1, lancez : tandem-cli firewall check --peer %4 --port %3</translation>
    </message>
</context>
<context>
    <name>PeerPage</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>The other system</source>
        <translation>L’autre système</translation>
    </message>
    <message>
        <source>The other system&apos;s address</source>
        <translation>L’adresse de l’autre système</translation>
    </message>
    <message>
        <source>Test the other system</source>
        <translation>Tester l’autre système</translation>
    </message>
    <message>
        <source>System 2 will set its clock from this system.</source>
        <translation>Le système 2 réglera son horloge sur ce système.</translation>
    </message>
    <message>
        <source>System 2&apos;s &amp;address (or a subnet such as 192.168.1.0/24 for several clients):</source>
        <translation>&amp;Adresse du système 2 (ou un sous-réseau comme 192.168.1.0/24 pour plusieurs clients) :</translation>
    </message>
    <message>
        <source>This system will follow System 1.</source>
        <translation>Ce système suivra le système 1.</translation>
    </message>
    <message>
        <source>This system&apos;s clock will be set once from System 1.</source>
        <translation>L’horloge de ce système sera réglée une fois sur le système 1.</translation>
    </message>
    <message>
        <source>System 1&apos;s &amp;address or host name:</source>
        <translation>&amp;Adresse ou nom d’hôte du système 1 :</translation>
    </message>
    <message>
        <source>%1&apos;s address</source>
        <translation>Adresse de %1</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.3</source>
        <translation>p. ex. 192.168.1.3</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.2</source>
        <translation>p. ex. 192.168.1.2</translation>
    </message>
    <message>
        <source>Enter System 2&apos;s address to continue.</source>
        <translation>Saisissez l’adresse du système 2 pour continuer.</translation>
    </message>
    <message>
        <source>Enter System 1&apos;s address to continue.</source>
        <translation>Saisissez l’adresse du système 1 pour continuer.</translation>
    </message>
    <message>
        <source>This is not an address Tandem can use: %1</source>
        <translation>Tandem ne peut pas utiliser cette adresse : %1</translation>
    </message>
    <message>
        <source>System 1 is one machine: enter its address, not a subnet.</source>
        <translation>Le système 1 est une seule machine : saisissez son adresse, pas un sous-réseau.</translation>
    </message>
    <message>
        <source>In the lab the other system is on this machine: use a loopback address such as %1.</source>
        <translation>Dans le laboratoire, l’autre système est sur cette machine : utilisez une adresse de boucle locale comme %1.</translation>
    </message>
    <message>
        <source>A subnet cannot be tested; test from System 2 once it is set up.</source>
        <translation>Un sous-réseau ne peut pas être testé ; testez depuis le système 2 une fois qu’il est configuré.</translation>
    </message>
    <message>
        <source>Asking %1 for the time…</source>
        <translation>Demande de l’heure à %1…</translation>
    </message>
    <message>
        <source>✗ %1 cannot be resolved: %2. Check the spelling, or use the IP address.</source>
        <translation>✗ %1 ne peut pas être résolu : %2. Vérifiez l’orthographe, ou utilisez l’adresse IP.</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>d’avance sur</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>de retard sur</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;NTP answers&lt;/b&gt; on UDP port %1: its clock is %2 %3 this one; delay %4; stratum %5 (reference: %6).</source>
        <translation>✓ &lt;b&gt;NTP répond&lt;/b&gt; sur le port UDP %1 : son horloge a %2 %3 celle-ci ; délai %4 ; strate %5 (référence : %6).</translation>
    </message>
    <message>
        <source>⚠ It answers but says it is not synchronised (leap status: unsynchronised): on System 1, chrony needs a &lt;code&gt;local stratum&lt;/code&gt; line to serve its own clock.</source>
        <translation>⚠ Il répond mais se dit non synchronisé (état de seconde intercalaire : unsynchronised) : sur le système 1, chrony a besoin d’une ligne &lt;code&gt;local stratum&lt;/code&gt; pour servir sa propre horloge.</translation>
    </message>
    <message>
        <source>✗ &lt;b&gt;No NTP answer&lt;/b&gt; from %1 on UDP port %2 (%3). Either chronyd is not running there, its &lt;code&gt;allow&lt;/code&gt; line does not include this system, or a firewall blocks UDP port %2.</source>
        <translation>✗ &lt;b&gt;Pas de réponse NTP&lt;/b&gt; de %1 sur le port UDP %2 (%3). Soit chronyd n’y fonctionne pas, soit sa ligne &lt;code&gt;allow&lt;/code&gt; n’inclut pas ce système, soit un pare-feu bloque le port UDP %2.</translation>
    </message>
    <message>
        <source>That is expected while System 2 is not set up yet: System 2 does not have to serve time.</source>
        <translation>C’est normal tant que le système 2 n’est pas configuré : le système 2 n’a pas à servir l’heure.</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;Its command port %1 answers&lt;/b&gt;: this system can watch its chronyd.</source>
        <translation>✓ &lt;b&gt;Son port de commande %1 répond&lt;/b&gt; : ce système peut surveiller son chronyd.</translation>
    </message>
    <message>
        <source>✗ &lt;b&gt;Its command port %1 does not answer&lt;/b&gt; (%2). Watching it from here needs &lt;code&gt;cmdallow&lt;/code&gt; and &lt;code&gt;bindcmdaddress&lt;/code&gt; there and UDP port %1 open in its firewall. The setup itself works without it.</source>
        <translation>✗ &lt;b&gt;Son port de commande %1 ne répond pas&lt;/b&gt; (%2). Pour le surveiller d’ici, il faut &lt;code&gt;cmdallow&lt;/code&gt; et &lt;code&gt;bindcmdaddress&lt;/code&gt; là-bas et le port UDP %1 ouvert dans son pare-feu. La configuration elle-même fonctionne sans.</translation>
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
        <translation>l’horloge du système %1 du labo est illisible : %2</translation>
    </message>
    <message>
        <source>the name has no usable address</source>
        <translation>le nom n’a pas d’adresse utilisable</translation>
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
        <translation>À quelle fréquence le système 2 interroge le système 1</translation>
    </message>
    <message>
        <source>More often follows System 1 more closely and costs more packets; on a LAN both are cheap.</source>
        <translation>Plus souvent suit le système 1 de plus près et coûte plus de paquets ; sur un réseau local, les deux sont bon marché.</translation>
    </message>
    <message>
        <source>&amp;Fast: every 2 s (the guide&apos;s minpoll 1 / maxpoll 1)</source>
        <translation>&amp;Rapide : toutes les 2 s (minpoll 1 / maxpoll 1 du guide)</translation>
    </message>
    <message>
        <source>B&amp;alanced: every 16 s to 64 s</source>
        <translation>É&amp;quilibré : toutes les 16 s à 64 s</translation>
    </message>
    <message>
        <source>chrony&apos;s &amp;default: every 64 s to 17 min</source>
        <translation>Par &amp;défaut de chrony : toutes les 64 s à 17 min</translation>
    </message>
    <message>
        <source>C&amp;ustom</source>
        <translation>&amp;Personnalisé</translation>
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
        <translation>min&amp;poll (log2 secondes) :</translation>
    </message>
    <message>
        <source>ma&amp;xpoll (log2 seconds):</source>
        <translation>ma&amp;xpoll (log2 secondes) :</translation>
    </message>
    <message>
        <source>maxpoll must not be smaller than minpoll.</source>
        <translation>maxpoll ne doit pas être inférieur à minpoll.</translation>
    </message>
    <message>
        <source>&amp;Step whenever System 2 is more than 1 s off (makestep 1 -1)</source>
        <translation>&amp;Toujours sauter à l’heure quand le Système 2 s’écarte de plus de 1 s (makestep 1 -1)</translation>
    </message>
    <message>
        <source>Step whenever System 2 is more than 1 s off</source>
        <translation>Toujours sauter à l’heure quand le Système 2 s’écarte de plus de 1 s</translation>
    </message>
    <message>
        <source>For a System 1 whose clock may jump (mode 1, a clock set by hand). Without it, chronyd steps only during its first updates (Debian&apos;s makestep 1 3) and afterwards corrects a jump slowly, about 12 s for every second of difference.</source>
        <translation>Pour un Système 1 dont l’horloge peut sauter (mode 1, une horloge réglée à la main). Sans cela, chronyd ne saute qu’à ses premières mises à jour (makestep 1 3 de Debian) et corrige ensuite un saut lentement, environ 12 s par seconde d’écart.</translation>
    </message>
    <message>
        <source>One request every %1: %2 requests a day, about %3 of traffic.</source>
        <translation>Une requête toutes les %1 : %2 requêtes par jour, environ %3 de trafic.</translation>
    </message>
    <message>
        <source>One request every %1 to %2 (chrony slows down while the clocks agree): at most %3 requests a day, about %4 of traffic.</source>
        <translation>Une requête toutes les %1 à %2 (chrony ralentit tant que les horloges concordent) : au plus %3 requêtes par jour, environ %4 de trafic.</translation>
    </message>
</context>
<context>
    <name>ProcessTerminator</name>
    <message>
        <source>cannot watch process %1: %2</source>
        <translation>impossible de surveiller le processus %1 : %2</translation>
    </message>
    <message>
        <source>process %1 is not the lab&apos;s chronyd (%2), so the lab leaves it alone</source>
        <translation>le processus %1 n’est pas le chronyd du labo (%2) : le labo n’y touche pas</translation>
    </message>
    <message>
        <source>process %1 did not end even after SIGKILL</source>
        <translation>le processus %1 ne s’est pas terminé même après SIGKILL</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 is a host name, and chronyd resolves a name in allow/cmdallow only once, while it reads the file (and does not start when that fails): Tandem writes its addresses, so it must be resolved first.</source>
        <translation>%1 est un nom d’hôte, et chronyd ne résout un nom dans allow/cmdallow qu’une fois, à la lecture du fichier (et ne démarre pas en cas d’échec) : Tandem écrit ses adresses, il faut donc d’abord le résoudre.</translation>
    </message>
    <message>
        <source>Resolved addresses only go with a host name, not with %1.</source>
        <translation>Des adresses résolues ne vont qu’avec un nom d’hôte, pas avec %1.</translation>
    </message>
    <message>
        <source>%1&apos;s address %2: %3</source>
        <translation>adresse %2 de %1 : %3</translation>
    </message>
    <message>
        <source>System 2&apos;s address: %1</source>
        <translation>Adresse du système 2 : %1</translation>
    </message>
    <message>
        <source>System 1&apos;s address: %1</source>
        <translation>Adresse du système 1 : %1</translation>
    </message>
    <message>
        <source>The local stratum must be between 1 and 15 (it is %1).</source>
        <translation>La strate locale doit être comprise entre 1 et 15 (elle vaut %1).</translation>
    </message>
    <message>
        <source>Polling values must be between -7 and 24 (got %1).</source>
        <translation>Les valeurs d’interrogation doivent être comprises entre -7 et 24 (reçu : %1).</translation>
    </message>
    <message>
        <source>maxpoll (%1) must not be smaller than minpoll (%2).</source>
        <translation>maxpoll (%1) ne doit pas être inférieur à minpoll (%2).</translation>
    </message>
    <message>
        <source>The NTP port must be between 1 and 65535 (0 means the default, 123).</source>
        <translation>Le port NTP doit être compris entre 1 et 65535 (0 signifie la valeur par défaut, 123).</translation>
    </message>
    <message>
        <source>&apos;makestep 1 -1&apos; is a System 2 setting: it makes System 2 follow jumps of System 1&apos;s clock.</source>
        <translation>« makestep 1 -1 » est un réglage du système 2 : il fait suivre au système 2 les sauts de l’horloge du système 1.</translation>
    </message>
    <message>
        <source>Which of this machine&apos;s addresses faces %1 is not known, so chronyd would not know where to listen for its monitoring: give the address, or choose all interfaces.</source>
        <translation>On ne sait pas quelle adresse de cette machine fait face à %1 : chronyd ne saurait pas où écouter pour la surveillance. Indiquez l’adresse, ou choisissez toutes les interfaces.</translation>
    </message>
    <message>
        <source>The monitoring address %1 and the peer %2 are of different IP versions, so the peer could not reach the monitoring port.</source>
        <translation>L’adresse de surveillance %1 et le pair %2 sont de versions IP différentes : le pair ne pourrait pas joindre le port de surveillance.</translation>
    </message>
    <message>
        <source>The monitoring address: %1</source>
        <translation>L’adresse de surveillance : %1</translation>
    </message>
    <message>
        <source>The key file must be an absolute path without spaces.</source>
        <translation>Le fichier de clés doit être un chemin absolu sans espaces.</translation>
    </message>
    <message>
        <source>The config names no key file, and none was given for the pair&apos;s key.</source>
        <translation>La configuration ne nomme aucun fichier de clés, et aucun n&apos;a été donné pour la clé de la paire.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>lab System %1&apos;s %2</source>
        <translation>%2 du système %1 du laboratoire</translation>
    </message>
    <message>
        <source>The helper failed (exit code %1).</source>
        <translation>L’assistant a échoué (code de sortie %1).</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup</source>
        <translation>&amp;Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
        <source>Restore a previous chrony.conf (lab)</source>
        <translation>Restaurer un chrony.conf précédent (labo)</translation>
    </message>
    <message>
        <source>Restore a previous chrony.conf</source>
        <translation>Restaurer un chrony.conf précédent</translation>
    </message>
    <message>
        <source>Choose the backup of %1 to put back; the diff shows what would change. Restore restarts chrony with it. The config it replaces is backed up first, so a restore can be undone the same way. If chrony does not come up with it, the current config is put back.</source>
        <translation>Choisissez la sauvegarde de %1 à remettre en place ; le diff montre ce qui changerait. Restaurer redémarre chrony avec elle. La configuration remplacée est d’abord sauvegardée, de sorte qu’une restauration s’annule de la même façon. Si chrony ne démarre pas avec elle, la configuration actuelle est remise en place.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Changes the selected backup would make</source>
        <translation>Changements qu’apporterait la sauvegarde choisie</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(oldest, kept for good)</source>
        <translation>(la plus ancienne, conservée pour de bon)</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Sauvegarde %1</translation>
    </message>
    <message>
        <source>No backups yet: Tandem keeps one each time it changes this chrony.conf.</source>
        <translation>Pas encore de sauvegarde : Tandem en garde une à chaque modification de ce chrony.conf.</translation>
    </message>
    <message>
        <source>This backup is readable by root only (the config it copied was), so its changes cannot be shown here; the helper can still restore it.</source>
        <translation>Seul root peut lire cette sauvegarde (comme la configuration copiée), ses changements ne peuvent donc pas être affichés ici ; l’assistant peut quand même la restaurer.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>sauvegarde %1</translation>
    </message>
    <message>
        <source>The same as the current config: restoring it changes nothing but restarts chrony.</source>
        <translation>Identique à la configuration actuelle : la restaurer ne change rien mais redémarre chrony.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>The chosen config is back and chrony runs with it.</source>
        <translation>La configuration choisie est de retour et chrony tourne avec elle.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Export the other system&apos;s config…</source>
        <translation>&amp;Exporter la configuration de l’autre système…</translation>
    </message>
    <message>
        <source>Review the change</source>
        <translation>Vérifier la modification</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Rien n’a encore été modifié.</translation>
    </message>
    <message>
        <source>Changes to chrony.conf</source>
        <translation>Modifications de chrony.conf</translation>
    </message>
    <message>
        <source>Lint findings</source>
        <translation>Résultats de l’analyse</translation>
    </message>
    <message>
        <source>This system&apos;s address, as the other system reaches it</source>
        <translation>L’adresse de ce système, telle que l’autre système la joint</translation>
    </message>
    <message>
        <source>The other system&apos;s matching chrony.conf</source>
        <translation>Le chrony.conf correspondant de l’autre système</translation>
    </message>
    <message>
        <source>&amp;Findings on the new file:</source>
        <translation>&amp;Résultats sur le nouveau fichier :</translation>
    </message>
    <message>
        <source>&amp;This system&apos;s chrony.conf</source>
        <translation>chrony.conf de &amp;ce système</translation>
    </message>
    <message>
        <source>The &amp;other system</source>
        <translation>L’&amp;autre système</translation>
    </message>
    <message>
        <source>This system&apos;s address, as %1 reaches it:</source>
        <translation>Adresse de ce système, telle que %1 la joint :</translation>
    </message>
    <message>
        <source>This system&apos;s address, as %1 reaches it</source>
        <translation>Adresse de ce système, telle que %1 la joint</translation>
    </message>
    <message>
        <source>Copy %1&apos;s config</source>
        <translation>Copier la configuration de %1</translation>
    </message>
    <message>
        <source>Export %1&apos;s config to a file</source>
        <translation>Exporter la configuration de %1 dans un fichier</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>through tandem-helper in the lab (no password)</source>
        <translation>via tandem-helper dans le laboratoire (sans mot de passe)</translation>
    </message>
    <message>
        <source>through tandem-helper (your administrator password is asked for)</source>
        <translation>via tandem-helper (votre mot de passe d’administrateur est demandé)</translation>
    </message>
    <message>
        <source>%1 already has these settings: applying changes nothing and restarts nothing.</source>
        <translation>%1 contient déjà ces réglages : appliquer ne change rien et ne redémarre rien.</translation>
    </message>
    <message>
        <source>Apply writes these changes to %1 %2, after a backup, and restarts chrony. If chrony does not come up with them, the previous file is put back.</source>
        <translation>Appliquer écrit ces modifications dans %1 %2, après une sauvegarde, et redémarre chrony. Si chrony ne démarre pas avec elles, le fichier précédent est remis en place.</translation>
    </message>
    <message>
        <source>(no changes)</source>
        <translation>(aucune modification)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>line %1: %2 (%3)</source>
        <translation>ligne %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>%1&apos;s chrony.conf to match (shown over a default Debian config; Tandem writes the same when run there):</source>
        <translation>Le chrony.conf correspondant pour %1 (montré sur une configuration Debian par défaut ; Tandem écrit la même chose quand il y est exécuté) :</translation>
    </message>
    <message>
        <source>Enter this system&apos;s address above to get %1&apos;s matching config.</source>
        <translation>Saisissez ci-dessus l’adresse de ce système pour obtenir la configuration correspondante de %1.</translation>
    </message>
    <message>
        <source>Export the other system&apos;s config</source>
        <translation>Exporter la configuration de l’autre système</translation>
    </message>
    <message>
        <source>chrony config (*.conf)</source>
        <translation>Configuration chrony (*.conf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Looking up %1&apos;s addresses…</source>
        <translation>Recherche des adresses de %1…</translation>
    </message>
    <message>
        <source>System 2&apos;s pairing code (key %1): &lt;b&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/b&gt;&lt;br&gt;Type it into System 2&apos;s wizard, or export it to a file only you can read and delete that file afterwards.</source>
        <translation>Code d&apos;appairage pour le système 2 (clé %1) : &lt;b&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/b&gt;&lt;br&gt;Saisissez-le dans l&apos;assistant du système 2, ou exportez-le dans un fichier que vous seul pouvez lire et supprimez ce fichier ensuite.</translation>
    </message>
    <message>
        <source>Export System 2&apos;s pairing file</source>
        <translation>Exporter le fichier d&apos;appairage du système 2</translation>
    </message>
    <message>
        <source>Tandem pairing file (*.tandem-pair)</source>
        <translation>Fichier d&apos;appairage Tandem (*.tandem-pair)</translation>
    </message>
    <message>
        <source>The pair&apos;s key %1 stays as it is: System 2 needs no new code.</source>
        <translation>La clé %1 de la paire reste telle quelle : le système 2 n&apos;a besoin d&apos;aucun nouveau code.</translation>
    </message>
    <message>
        <source>&amp;Export System 2&apos;s pairing file…</source>
        <translation>&amp;Exporter le fichier d&apos;appairage du système 2…</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>This system is System &amp;1: it serves its clock</source>
        <translation>Ce système est le système &amp;1 : il sert son horloge</translation>
    </message>
    <message>
        <source>This system is System &amp;2: it follows System 1</source>
        <translation>Ce système est le système &amp;2 : il suit le système 1</translation>
    </message>
    <message>
        <source>&amp;One-time sync only: set this clock once from System 1</source>
        <translation>&amp;Synchronisation unique : régler cette horloge une fois sur le système 1</translation>
    </message>
    <message>
        <source>What this system does</source>
        <translation>Le rôle de ce système</translation>
    </message>
    <message>
        <source>Two systems keep the same time: System 1 is the reference, System 2 follows it.</source>
        <translation>Deux systèmes gardent la même heure : le système 1 est la référence, le système 2 le suit.</translation>
    </message>
    <message>
        <source>System 1, serves its clock</source>
        <translation>Système 1, sert son horloge</translation>
    </message>
    <message>
        <source>System 2, follows System 1</source>
        <translation>Système 2, suit le système 1</translation>
    </message>
    <message>
        <source>One-time sync only</source>
        <translation>Synchronisation unique</translation>
    </message>
    <message>
        <source>Other systems set their clocks from this one. It keeps its own time (and, if you like, follows internet time servers).</source>
        <translation>D’autres systèmes règlent leur horloge sur celui-ci. Il garde sa propre heure (et, si vous le souhaitez, suit des serveurs de temps sur Internet).</translation>
    </message>
    <message>
        <source>This system sets its clock from System 1, continuously, and keeps following it.</source>
        <translation>Ce système règle son horloge sur le système 1, en continu, et continue de le suivre.</translation>
    </message>
    <message>
        <source>Steps this clock to System 1&apos;s time once, now. No configuration changes; the clock is not kept in step afterwards.</source>
        <translation>Règle cette horloge une fois, maintenant, sur l’heure du système 1. La configuration ne change pas ; l’horloge n’est plus tenue à l’heure ensuite.</translation>
    </message>
    <message>
        <source>Choose one of the three to continue.</source>
        <translation>Choisissez l’une des trois options pour continuer.</translation>
    </message>
    <message>
        <source>In the lab, this window plays the system you choose; the other lab system is the peer.</source>
        <translation>Dans le laboratoire, cette fenêtre joue le système choisi ; l’autre système du laboratoire est le pair.</translation>
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
        <translation>Mode &amp;1 : uniquement l’horloge propre de ce système</translation>
    </message>
    <message>
        <source>Mode &amp;2: own clock, and follow online time servers when reachable</source>
        <translation>Mode &amp;2 : horloge propre, et suivre des serveurs de temps en ligne quand ils sont joignables</translation>
    </message>
    <message>
        <source>How System 1 keeps its time</source>
        <translation>Comment le système 1 garde son heure</translation>
    </message>
    <message>
        <source>System 2 will follow whatever time System 1 has.</source>
        <translation>Le système 2 suivra l’heure du système 1, quelle qu’elle soit.</translation>
    </message>
    <message>
        <source>Mode 1, own clock only</source>
        <translation>Mode 1, horloge propre uniquement</translation>
    </message>
    <message>
        <source>Mode 2, own clock and online time servers</source>
        <translation>Mode 2, horloge propre et serveurs de temps en ligne</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Strate</translation>
    </message>
    <message>
        <source>For an isolated network: online servers are switched off in chrony.conf and both systems agree on System 1&apos;s clock, right or wrong.</source>
        <translation>Pour un réseau isolé : les serveurs en ligne sont désactivés dans chrony.conf et les deux systèmes s’accordent sur l’horloge du système 1, juste ou non.</translation>
    </message>
    <message>
        <source>&amp;Stratum of the local clock:</source>
        <translation>&amp;Strate de l’horloge locale :</translation>
    </message>
    <message>
        <source>How far from a real reference clock System 1 claims to be. 10 (the usual value) keeps it below any real server, so a real one always wins.</source>
        <translation>La distance que le système 1 annonce par rapport à une véritable horloge de référence. 10 (la valeur habituelle) le place sous tout serveur réel, si bien qu’un vrai serveur l’emporte toujours.</translation>
    </message>
    <message>
        <source>The online servers already in chrony.conf stay: System 1 follows them when the internet is there. When they are lost, System 1 keeps serving the time they gave it, and its own clock (local stratum) takes over only once its estimated error (root distance) reaches 1 s, which can take hours; until then System 2 keeps following System 1 as before.</source>
        <translation>Les serveurs en ligne déjà dans chrony.conf restent : le Système 1 les suit quand Internet est là. S’ils sont perdus, le Système 1 continue de servir l’heure qu’ils lui ont donnée, et sa propre horloge (local stratum) ne prend le relais qu’une fois son erreur estimée (root distance) à 1 s, ce qui peut prendre des heures ; jusque-là le Système 2 continue de suivre le Système 1.</translation>
    </message>
</context>
<context>
    <name>SetupPlan</name>
    <message>
        <source>A one-time sync changes no configuration.</source>
        <translation>Une synchronisation ponctuelle ne change aucune configuration.</translation>
    </message>
    <message>
        <source>System 2</source>
        <translation>Système 2</translation>
    </message>
    <message>
        <source>System 1</source>
        <translation>Système 1</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up time sync (lab)</source>
        <translation>Configurer la synchronisation de l’heure (laboratoire)</translation>
    </message>
    <message>
        <source>Set up time sync</source>
        <translation>Configurer la synchronisation de l’heure</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>System 2</source>
        <translation>Système 2</translation>
    </message>
    <message>
        <source>System 1</source>
        <translation>Système 1</translation>
    </message>
</context>
<context>
    <name>SourcesTable</name>
    <message>
        <source>No time sources. A System 1 that serves its own clock (local stratum) has none; otherwise chronyd has not been given any.</source>
        <translation>Aucune source de temps. Un système 1 qui sert sa propre horloge (local stratum) n’en a pas ; sinon, aucune n’a été donnée à chronyd.</translation>
    </message>
</context>
<context>
    <name>SourcesTableModel</name>
    <message>
        <source>selected: the source chronyd follows now</source>
        <translation>sélectionnée : la source que chronyd suit maintenant</translation>
    </message>
    <message>
        <source>not selectable: unreachable, or not usable yet</source>
        <translation>non sélectionnable : injoignable, ou pas encore utilisable</translation>
    </message>
    <message>
        <source>falseticker: disagrees with the other sources</source>
        <translation>falseticker : en désaccord avec les autres sources</translation>
    </message>
    <message>
        <source>too variable to be trusted</source>
        <translation>trop variable pour être fiable</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>en avance</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>en retard</translation>
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
        <translation>Les 8 dernières interrogations, la plus récente à droite : 1 = réponse reçue (chronyc affiche %1 en octal).</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Strate</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Interrogation</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Last sample</source>
        <translation>Dernière mesure</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>combined: averaged in with the selected source</source>
        <translation>combinée : moyennée avec la source sélectionnée</translation>
    </message>
    <message>
        <source>selectable, but not combined with the selected source</source>
        <translation>sélectionnable, mais non combinée avec la source sélectionnée</translation>
    </message>
    <message>
        <source>This system&apos;s clock against the source at the last sample (+ = this clock is ahead of the source, as everywhere in Tandem).</source>
        <translation>L’horloge de ce système par rapport à la source lors de la dernière mesure (+ = cette horloge est en avance sur la source, comme partout dans Tandem).</translation>
    </message>
    <message>
        <source>This clock vs. source</source>
        <extracomment>Column: how far this system&apos;s clock is from the row&apos;s source (+ = ahead)</extracomment>
        <translation>Cette horloge / source</translation>
    </message>
    <message>
        <source>%1 (not resolved yet)</source>
        <translation>%1 (pas encore résolu)</translation>
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
        <translation>Je &amp;comprends que cette horloge va faire un saut</translation>
    </message>
    <message>
        <source>Set this clock once from System 1</source>
        <translation>Régler cette horloge une fois sur le système 1</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>I understand that this clock will jump</source>
        <translation>Je comprends que cette horloge va faire un saut</translation>
    </message>
    <message>
        <source>Measuring System 1&apos;s offset first…</source>
        <translation>Mesure préalable du décalage du système 1…</translation>
    </message>
    <message>
        <source>System 1 must answer before this clock can be set from it.</source>
        <translation>Le système 1 doit répondre avant que cette horloge puisse être réglée sur lui.</translation>
    </message>
    <message>
        <source>Confirm the jump to continue.</source>
        <translation>Confirmez le saut pour continuer.</translation>
    </message>
    <message>
        <source>Nothing in chrony.conf changes; chronyd takes %1 as a temporary source, measures, steps the clock and forgets it again.</source>
        <translation>Rien ne change dans chrony.conf ; chronyd prend %1 comme source temporaire, mesure, règle l’horloge d’un coup puis l’oublie.</translation>
    </message>
    <message>
        <source>Measuring the offset to %1…</source>
        <translation>Mesure du décalage par rapport à %1…</translation>
    </message>
    <message>
        <source>The clock is stepped, not slewed: programs see the time jump at once, forwards or backwards. Logs, timers and running measurements may notice.</source>
        <translation>L’horloge fait un saut, elle n’est pas ajustée progressivement : les programmes voient l’heure sauter d’un coup, en avant ou en arrière. Journaux, minuteries et mesures en cours peuvent s’en apercevoir.</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>d’avance sur</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>de retard sur</translation>
    </message>
    <message>
        <source>%1 does not answer NTP (%2). Check that chronyd runs there and allows this system, and the firewall (UDP port %3).</source>
        <translation>%1 ne répond pas en NTP (%2). Vérifiez que chronyd y fonctionne et autorise ce système, ainsi que le pare-feu (port UDP %3).</translation>
    </message>
    <message>
        <source>System 1 (%1) is &lt;b&gt;%2 %3&lt;/b&gt; this clock (delay %4, stratum %5). The clock will jump by about that much.</source>
        <translation>Le système 1 (%1) a &lt;b&gt;%2 %3&lt;/b&gt; cette horloge (délai %4, strate %5). L’horloge sautera d’environ autant.</translation>
    </message>
    <message>
        <source>In the lab, System 2 runs on a virtual clock of its own: chronyd steps that clock for real, as it would on a real system, and this machine&apos;s clock stays as it is.</source>
        <translation>Dans le laboratoire, le système 2 tourne sur sa propre horloge virtuelle : chronyd règle vraiment cette horloge, comme sur un vrai système, et l’horloge de cette machine reste telle quelle.</translation>
    </message>
    <message>
        <source>In this lab, the daemons run with -x: chronyd measures, but it never steps this machine&apos;s clock, so the step is reported as refused.</source>
        <translation>Dans ce laboratoire, les démons tournent avec -x : chronyd mesure mais ne règle jamais l’horloge de cette machine, le saut est donc signalé comme refusé.</translation>
    </message>
</context>
<context>
    <name>SyncNowDialog</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step the clock of %1 now?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Régler maintenant l’horloge de %1 ?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Its offset now: %1.</source>
        <translation>Son décalage actuel : %1.</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>en avance</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Its offset is not known right now.</source>
        <translation>Son décalage n’est pas connu pour le moment.</translation>
    </message>
    <message>
        <source>It takes fresh measurements from %1 and steps the clock to that time.</source>
        <translation>De nouvelles mesures sont prises auprès de %1 et l’horloge est réglée sur cette heure.</translation>
    </message>
    <message>
        <source>The clock will jump instead of being slewed gently: logs, timers and running jobs on that system see the jump.</source>
        <translation>L’horloge fait un saut au lieu d’être ajustée en douceur : les journaux, minuteries et tâches en cours sur ce système voient le saut.</translation>
    </message>
    <message>
        <source>&amp;Step the clock</source>
        <translation>&amp;Régler l’horloge</translation>
    </message>
    <message>
        <source>&lt;i&gt;This lab&apos;s chronyd runs with -x: it measures but refuses to step, and says so.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Le chronyd de ce laboratoire tourne avec -x : il mesure mais refuse le saut, et le signale.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;In the lab this is the system&apos;s own virtual clock: chronyd really steps it, and this machine&apos;s clock stays as it is.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dans le laboratoire, c’est l’horloge virtuelle propre au système : chronyd la règle vraiment, et l’horloge de cette machine reste telle quelle.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>SyncNowOutcome</name>
    <message>
        <source>The clock was stepped to %1&apos;s time.</source>
        <translation>L’horloge a été réglée sur l’heure de %1.</translation>
    </message>
    <message>
        <source>Not authorised to step the clock (or the Tandem helper is not installed). Nothing was changed.</source>
        <translation>Pas d’autorisation pour régler l’horloge (ou le programme d’aide de Tandem n’est pas installé). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The administrator password was not given. Nothing was changed.</source>
        <translation>Le mot de passe d’administrateur n’a pas été saisi. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cancelled. The clock was not stepped.</source>
        <translation>Annulé. L’horloge n’a pas été réglée.</translation>
    </message>
    <message>
        <source>chronyd has no time source it can measure against, so there is nothing to step to. The clock was not changed.</source>
        <translation>chronyd n’a aucune source de temps à mesurer, il n’y a donc rien sur quoi régler l’horloge. L’horloge n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>chronyd does not answer on its command socket; is it running? The clock was not changed.</source>
        <translation>chronyd ne répond pas sur son socket de commande ; est-il en marche ? L’horloge n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Sync now failed; the clock was not changed.</source>
        <translation>Échec de la synchronisation immédiate ; l’horloge n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The clock was stepped to %1&apos;s time: it was %2, now it is %3 (fresh measurements).</source>
        <translation>L’horloge a été réglée sur l’heure de %1 : elle était %2, maintenant elle est %3 (nouvelles mesures).</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>en avance</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>The clock was stepped, but a fresh measurement still finds it off %1; chronyd may need more samples. Try Sync now again in a minute.</source>
        <translation>L’horloge a été réglée, mais une nouvelle mesure la trouve encore décalée par rapport à %1 ; chronyd a peut-être besoin de plus de mesures. Réessayez « Synchroniser maintenant » dans une minute.</translation>
    </message>
    <message>
        <source>chronyd refused to step the clock: this chronyd may not change the clock (one started with -x never does). The clock was not changed.</source>
        <translation>chronyd a refusé de régler l’horloge : ce chronyd ne peut pas modifier l’horloge (un chronyd lancé avec -x ne le fait jamais). L’horloge n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>chronyd did not follow %1, so it had no correction to step by: %2 The clock was not changed.</source>
        <translation>chronyd n’a pas suivi %1, il n’avait donc aucune correction à appliquer : %2 L’horloge n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The time source did not answer, so nothing was measured: %1 The clock was not changed.</source>
        <translation>La source de temps n’a pas répondu, rien n’a donc été mesuré : %1 L’horloge n’a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>SyncRunPage</name>
    <message>
        <source>Setting the clock</source>
        <translation>Réglage de l’horloge</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>de retard sur</translation>
    </message>
    <message>
        <source>ahead of</source>
        <extracomment>&quot;100.0 s ahead of System 1&quot; / &quot;3.200 ms behind System 1&quot;</extracomment>
        <translation>d’avance sur</translation>
    </message>
    <message>
        <source>Before: this clock was %1 System 1 (%2), by an NTP measurement.</source>
        <translation>Avant : cette horloge avait %1 le système 1 (%2), d’après une mesure NTP.</translation>
    </message>
    <message>
        <source>After: this clock is %1 System 1, measured again after the step.</source>
        <translation>Après : cette horloge a %1 le système 1, mesuré à nouveau après le saut.</translation>
    </message>
    <message>
        <source>Measured again: this clock is %1 System 1; it was not stepped.</source>
        <translation>Mesuré à nouveau : cette horloge a %1 le système 1 ; elle n’a pas été réglée.</translation>
    </message>
    <message>
        <source>After: not known. The clock was stepped, but it was not measured again.</source>
        <translation>Après : inconnu. L’horloge a été réglée, mais pas mesurée à nouveau.</translation>
    </message>
    <message>
        <source>Measured, not stepped: this lab&apos;s chronyd runs with -x and never touches the clock. On a real system, or in a lab on virtual clocks, this step sets the clock.</source>
        <translation>Mesuré, sans saut : le chronyd de ce laboratoire tourne avec -x et ne touche jamais l’horloge. Sur un vrai système, ou dans un laboratoire à horloges virtuelles, cette étape règle l’horloge.</translation>
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
        <translation>Référence :</translation>
    </message>
    <message>
        <source>The source this system&apos;s chronyd follows (its reference ID in brackets).</source>
        <translation>La source que suit le chronyd de ce système (son identifiant de référence entre parenthèses).</translation>
    </message>
    <message>
        <source>Stratum:</source>
        <translation>Strate :</translation>
    </message>
    <message>
        <source>Distance from a reference clock: System 1 serving its local clock is usually 10, System 2 one more.</source>
        <translation>Distance à une horloge de référence : un système 1 qui sert son horloge locale est généralement à 10, le système 2 un de plus.</translation>
    </message>
    <message>
        <source>Offset to System 1:</source>
        <translation>Décalage par rapport au système 1 :</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>Fréquence :</translation>
    </message>
    <message>
        <source>How fast this system&apos;s clock would run without chronyd&apos;s correction, in ppm.</source>
        <translation>La vitesse à laquelle l’horloge de ce système irait sans la correction de chronyd, en ppm.</translation>
    </message>
    <message>
        <source>RMS offset:</source>
        <translation>Décalage RMS :</translation>
    </message>
    <message>
        <source>Long-term average of the offsets chronyd measured.</source>
        <translation>Moyenne à long terme des décalages mesurés par chronyd.</translation>
    </message>
    <message>
        <source>Root delay / dispersion:</source>
        <translation>Délai / dispersion jusqu’à la racine :</translation>
    </message>
    <message>
        <source>Network delay and error bound accumulated up to the reference clock.</source>
        <translation>Délai réseau et borne d’erreur cumulés jusqu’à l’horloge de référence.</translation>
    </message>
    <message>
        <source>Last answer:</source>
        <translation>Dernière réponse :</translation>
    </message>
    <message>
        <source>When this system last answered the panel&apos;s poll.</source>
        <translation>Quand ce système a répondu pour la dernière fois à l’interrogation du panneau.</translation>
    </message>
    <message>
        <source>System %1</source>
        <translation>Système %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>en avance</translation>
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
        <translation>en avance</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>System 2 follows System 1: this is the correction System 2&apos;s chronyd still applies towards System 1 (minus its TRACKING &quot;System time&quot;). Positive: System 2 is ahead of System 1.</source>
        <translation>Le système 2 suit le système 1 : voici la correction que le chronyd du système 2 applique encore vers le système 1 (moins son TRACKING « System time »). Positif : le système 2 est en avance sur le système 1.</translation>
    </message>
    <message>
        <source>System 2 does not follow System 1 right now: this is System 2&apos;s last sample of System 1 (its sources report, adjusted for slewing since). Positive: System 2 is ahead of System 1.</source>
        <translation>Le système 2 ne suit pas le système 1 en ce moment : voici la dernière mesure du système 1 par le système 2 (d’après son rapport de sources, corrigée de l’ajustement depuis). Positif : le système 2 est en avance sur le système 1.</translation>
    </message>
    <message>
        <source>Not measured: System 2 does not answer, or System 1 is not one of its sources.</source>
        <translation>Non mesuré : le système 2 ne répond pas, ou le système 1 n’est pas l’une de ses sources.</translation>
    </message>
    <message>
        <source>Clock vs. its source:</source>
        <translation>Horloge / sa source :</translation>
    </message>
    <message>
        <source>How far this clock is ahead of (or behind) the time chronyd believes is right, still being slewed away: chronyd&apos;s TRACKING &quot;System time&quot; with + = ahead, as everywhere in Tandem (chronyc says the same number with &quot;slow&quot; or &quot;fast&quot;).</source>
        <translation>De combien cette horloge est en avance (ou en retard) sur l’heure que chronyd juge juste, écart encore en cours de rattrapage : le « System time » de TRACKING de chronyd avec + = en avance, comme partout dans Tandem (chronyc donne le même nombre avec « slow » ou « fast »).</translation>
    </message>
    <message>
        <source>its chronyd answers but refuses this system (not authorised: its cmdallow does not include this address)</source>
        <translation>son chronyd répond mais refuse ce système (non autorisé : son cmdallow n’inclut pas cette adresse)</translation>
    </message>
    <message>
        <source>this system could not send the request (%1)</source>
        <translation>ce système n’a pas pu envoyer la requête (%1)</translation>
    </message>
    <message>
        <source>no answer after it answered before: its chronyd stopped, or the network between the systems drops the packets</source>
        <translation>plus de réponse alors qu’il répondait avant : son chronyd s’est arrêté, ou le réseau entre les systèmes perd les paquets</translation>
    </message>
    <message>
        <source>Unreachable since %1 (%2 polls in a row lost): %3</source>
        <translation>Injoignable depuis %1 (%2 interrogations perdues de suite) : %3</translation>
    </message>
    <message>
        <source>Degraded: %1 of the last %2 polls got no answer (reach %3).</source>
        <translation>Dégradé : %1 des %2 dernières interrogations sont restées sans réponse (reach %3).</translation>
    </message>
    <message>
        <source>Latest: %1.</source>
        <translation>Dernière : %1.</translation>
    </message>
    <message>
        <source>Its server&apos;s replies:</source>
        <translation>Réponses de son serveur :</translation>
    </message>
    <message>
        <source>Whether chronyd checked the MAC of the last reply from the server it follows (its NTP_DATA report): with the pair&apos;s key, an impostor answering for System 1&apos;s address is refused.</source>
        <translation>Si chronyd a vérifié le MAC de la dernière réponse du serveur qu&apos;il suit (son rapport NTP_DATA) : avec la clé de la paire, un imposteur répondant pour l&apos;adresse du système 1 est refusé.</translation>
    </message>
    <message>
        <source>authenticated (chronyd checked its MAC)</source>
        <translation>authentifié (chronyd a vérifié son MAC)</translation>
    </message>
    <message>
        <source>not authenticated: anyone answering for its address is believed</source>
        <translation>non authentifié : quiconque répond pour son adresse est cru</translation>
    </message>
    <message>
        <source>key %1 required; chronyd shows its check only to root</source>
        <translation>clé %1 exigée ; chronyd ne montre sa vérification qu&apos;à root</translation>
    </message>
    <message>
        <source>not shown: chronyd tells this only to root</source>
        <translation>non affiché : chronyd ne le dit qu&apos;à root</translation>
    </message>
</context>
<context>
    <name>TimestampedUdpSocket</name>
    <message>
        <source>cannot open a UDP socket: %1</source>
        <translation>impossible d’ouvrir un socket UDP : %1</translation>
    </message>
    <message>
        <source>cannot use the source address %1: %2</source>
        <translation>impossible d’utiliser l’adresse source %1 : %2</translation>
    </message>
</context>
<context>
    <name>UdpCmdmonTransport</name>
    <message>
        <source>no chronyd address given</source>
        <translation>aucune adresse de chronyd indiquée</translation>
    </message>
    <message>
        <source>cannot bind a UDP socket to %1: %2</source>
        <translation>impossible de lier un socket UDP à %1 : %2</translation>
    </message>
    <message>
        <source>cannot send to %1: %2</source>
        <translation>impossible d’envoyer à %1 : %2</translation>
    </message>
</context>
<context>
    <name>UnixCmdmonTransport</name>
    <message>
        <source>chronyd&apos;s command socket %1 does not exist: chronyd is not running, or it runs without a command socket (bindcmdaddress /, or wrong permissions on its directory)</source>
        <translation>le socket de commande %1 de chronyd n’existe pas : chronyd ne fonctionne pas, ou il fonctionne sans socket de commande (bindcmdaddress /, ou mauvaises permissions sur son répertoire)</translation>
    </message>
    <message>
        <source>the socket path %1 is too long</source>
        <translation>le chemin de socket %1 est trop long</translation>
    </message>
    <message>
        <source>cannot create a reply socket next to %1: permission denied (the Unix command socket needs root or chronyd&apos;s user)</source>
        <translation>impossible de créer un socket de réponse à côté de %1 : permission refusée (le socket de commande Unix nécessite root ou l’utilisateur de chronyd)</translation>
    </message>
    <message>
        <source>cannot create a reply socket next to %1: %2</source>
        <translation>impossible de créer un socket de réponse à côté de %1 : %2</translation>
    </message>
    <message>
        <source>the reply socket path %1 is too long</source>
        <translation>le chemin %1 du socket de réponse est trop long</translation>
    </message>
    <message>
        <source>cannot bind a reply socket in %1: %2</source>
        <translation>impossible de lier un socket de réponse dans %1 : %2</translation>
    </message>
    <message>
        <source>chronyd is not running: nothing listens on its command socket %1</source>
        <translation>chronyd ne fonctionne pas : personne n’écoute sur son socket de commande %1</translation>
    </message>
    <message>
        <source>no permission to use chronyd&apos;s command socket %1 (needs root or chronyd&apos;s user)</source>
        <translation>pas de permission pour le socket de commande %1 de chronyd (nécessite root ou l’utilisateur de chronyd)</translation>
    </message>
    <message>
        <source>cannot send to chronyd&apos;s command socket %1: %2</source>
        <translation>impossible d’envoyer au socket de commande %1 de chronyd : %2</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>* selected: System 2 sets its clock from it</source>
        <translation>* sélectionnée : le système 2 règle son horloge sur elle</translation>
    </message>
    <message>
        <source>+ combined with the selected source</source>
        <translation>+ combinée avec la source sélectionnée</translation>
    </message>
    <message>
        <source>- acceptable but not used</source>
        <translation>- acceptable mais non utilisée</translation>
    </message>
    <message>
        <source>? not usable yet (no or too few answers)</source>
        <translation>? pas encore utilisable (aucune réponse ou trop peu)</translation>
    </message>
    <message>
        <source>x a falseticker: it disagrees with the other sources</source>
        <translation>x un falseticker : en désaccord avec les autres sources</translation>
    </message>
    <message>
        <source>~ too variable to use</source>
        <translation>~ trop variable pour être utilisée</translation>
    </message>
    <message>
        <source>System 2 follows System 1</source>
        <translation>Le système 2 suit le système 1</translation>
    </message>
    <message>
        <source>Source state</source>
        <translation>État de la source</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Last offset</source>
        <translation>Dernier décalage</translation>
    </message>
    <message>
        <source>Leap status</source>
        <translation>État de seconde intercalaire</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Strate</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Does System 2 follow System 1?</source>
        <translation>Le système 2 suit-il le système 1 ?</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>System 2 follows System 1:</source>
        <translation>Le système 2 suit le système 1 :</translation>
    </message>
    <message>
        <source>System 1&apos;s state at System 2:</source>
        <translation>État du système 1 vu par le système 2 :</translation>
    </message>
    <message>
        <source>Reach:</source>
        <translation>Accessibilité :</translation>
    </message>
    <message>
        <source>Last offset:</source>
        <translation>Dernier décalage :</translation>
    </message>
    <message>
        <source>System 2&apos;s leap status:</source>
        <translation>État de seconde intercalaire du système 2 :</translation>
    </message>
    <message>
        <source>System 2&apos;s stratum:</source>
        <translation>Strate du système 2 :</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Asking this system&apos;s chronyd (System 2).</source>
        <translation>Interrogation du chronyd de ce système (système 2).</translation>
    </message>
    <message>
        <source>System 2 is %1: run Tandem there (or &quot;tandem-cli status&quot;) to see that it follows this system.</source>
        <translation>Le système 2 est %1 : lancez Tandem là-bas (ou « tandem-cli status ») pour voir qu’il suit ce système.</translation>
    </message>
    <message>
        <source>not checked from here</source>
        <translation>non vérifié d’ici</translation>
    </message>
    <message>
        <source>Asking System 2&apos;s chronyd at %1 (its monitoring port).</source>
        <translation>Interrogation du chronyd du système 2 à %1 (son port de surveillance).</translation>
    </message>
    <message>
        <source>Waiting for System 2 to select System 1 (this takes a few seconds after a restart)…</source>
        <translation>En attente de la sélection du système 1 par le système 2 (quelques secondes après un redémarrage)…</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>no: not a source</source>
        <translation>non : ce n’est pas une source</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2 of the last 8 requests answered)</source>
        <translation>%1 (%2 des 8 dernières requêtes ont eu une réponse)</translation>
    </message>
    <message>
        <source>no measurement yet</source>
        <translation>pas encore de mesure</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>It works: System 2 follows System 1 (%1), and its leap status is %2.</source>
        <translation>Ça marche : le système 2 suit le système 1 (%1), et son état de seconde intercalaire est %2.</translation>
    </message>
    <message>
        <source>System 2&apos;s chronyd does not answer at %1 (%2). Check that chronyd runs there, that its config has cmdallow for this system and a bindcmdaddress, and that UDP port 323 is open in its firewall.</source>
        <translation>Le chronyd du système 2 ne répond pas à %1 (%2). Vérifiez que chronyd y fonctionne, que sa configuration contient cmdallow pour ce système et une ligne bindcmdaddress, et que le port UDP 323 est ouvert dans son pare-feu.</translation>
    </message>
    <message>
        <source>System 2 does not have %1 as a source. Check System 2&apos;s config: apply the matching config there (Review page, &quot;The other system&quot;).</source>
        <translation>Le système 2 n’a pas %1 comme source. Vérifiez la configuration du système 2 : appliquez-y la configuration correspondante (page « Vérifier la modification », « L’autre système »).</translation>
    </message>
    <message>
        <source>System 1 (%1) does not answer System 2. Check that chronyd runs on System 1, that its allow line includes System 2, and that UDP port 123 is open in System 1&apos;s firewall.</source>
        <translation>Le système 1 (%1) ne répond pas au système 2. Vérifiez que chronyd fonctionne sur le système 1, que sa ligne allow inclut le système 2 et que le port UDP 123 est ouvert dans le pare-feu du système 1.</translation>
    </message>
    <message>
        <source>System 2 hears System 1 but has not selected it yet (%1). Give it a minute and check again; if other sources outvote System 1, remove them on System 2.</source>
        <translation>Le système 2 entend le système 1 mais ne l’a pas encore sélectionné (%1). Laissez-lui une minute puis vérifiez à nouveau ; si d’autres sources l’emportent sur le système 1, retirez-les du système 2.</translation>
    </message>
    <message>
        <source>System 2 is %1 (± %2)</source>
        <translation>Le système 2 est %1 (± %2)</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>en avance</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>This system serves</source>
        <translation>Ce système sert l’heure</translation>
    </message>
    <message>
        <source>System 1 (this system) serves:</source>
        <translation>Le système 1 (ce système) sert :</translation>
    </message>
    <message>
        <source>Asking this system&apos;s chronyd whether it serves, then System 2&apos;s.</source>
        <translation>Interrogation du chronyd de ce système (sert-il l’heure ?), puis de celui du système 2.</translation>
    </message>
    <message>
        <source>Checking that this system serves its clock now…</source>
        <translation>Vérification que ce système sert maintenant son horloge…</translation>
    </message>
    <message>
        <source>yes, its own clock at stratum %1</source>
        <translation>oui, sa propre horloge au stratum %1</translation>
    </message>
    <message>
        <source>yes, at stratum %1 (following %2)</source>
        <translation>oui, au stratum %1 (en suivant %2)</translation>
    </message>
    <message>
        <source>not yet (leap status: %1)</source>
        <translation>pas encore (état de seconde intercalaire : %1)</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>pas de réponse : %1</translation>
    </message>
    <message>
        <source>System 1 is ready: it serves its clock now. System 2 (%1) does not answer yet, which is expected while it is not set up. Next, on System 2: run Tandem, choose &quot;System 2&quot; and enter this system&apos;s address, %2. Then &quot;Check again&quot; here shows it following.</source>
        <translation>Le système 1 est prêt : il sert maintenant son horloge. Le système 2 (%1) ne répond pas encore, ce qui est normal tant qu’il n’est pas configuré. Ensuite, sur le système 2 : lancez Tandem, choisissez « Système 2 » et saisissez l’adresse de ce système, %2. « Vérifier à nouveau » montrera ici qu’il suit.</translation>
    </message>
    <message>
        <source>not authenticated: System 2 believes any reply from System 1&apos;s address</source>
        <translation>non authentifié : le système 2 croit toute réponse venant de l&apos;adresse du système 1</translation>
    </message>
    <message>
        <source>System 2 must use key %1: its own Verify page shows whether it does</source>
        <translation>Le système 2 doit utiliser la clé %1 : sa propre page de vérification montre s&apos;il le fait</translation>
    </message>
    <message>
        <source>authenticated with key %1: chronyd checked System 1&apos;s MAC before Apply finished</source>
        <translation>authentifié avec la clé %1 : chronyd a vérifié le MAC du système 1 avant la fin de l&apos;application</translation>
    </message>
    <message>
        <source>key %1 is required, but chronyd has not reported an authenticated reply yet (nothing was changed or restarted this time)</source>
        <translation>la clé %1 est exigée, mais chronyd n&apos;a pas encore signalé de réponse authentifiée (rien n&apos;a été modifié ni redémarré cette fois)</translation>
    </message>
    <message>
        <source>System 1&apos;s replies</source>
        <translation>Réponses du système 1</translation>
    </message>
    <message>
        <source>System 1&apos;s replies:</source>
        <translation>Réponses du système 1 :</translation>
    </message>
</context>
<context>
    <name>VirtualClock</name>
    <message>
        <source>cannot map the virtual clock %1: %2</source>
        <translation>impossible de projeter l’horloge virtuelle %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the virtual clock %1: %2</source>
        <translation>impossible de créer l’horloge virtuelle %1 : %2</translation>
    </message>
    <message>
        <source>cannot size the virtual clock %1: %2</source>
        <translation>impossible de dimensionner l’horloge virtuelle %1 : %2</translation>
    </message>
    <message>
        <source>cannot open the virtual clock %1: %2</source>
        <translation>impossible d’ouvrir l’horloge virtuelle %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a virtual clock (a regular file of %2 bytes)</source>
        <translation>%1 n’est pas une horloge virtuelle (un fichier ordinaire de %2 octets)</translation>
    </message>
    <message>
        <source>%1 is not a virtual clock of this version</source>
        <translation>%1 n’est pas une horloge virtuelle de cette version</translation>
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
        <translation>Utilisation : tandem [--lab [RÉP]]

Configurer et surveiller la synchronisation de l’heure par chrony entre deux systèmes.
  --lab [RÉP]  Démarrer (ou rejoindre) un laboratoire de deux démons chronyd en boucle
               locale dans RÉP et y ouvrir la fenêtre.
</translation>
    </message>
    <message>
        <source>tandem: unknown argument &apos;%1&apos; (try --help)
</source>
        <translation>tandem : argument inconnu « %1 » (essayez --help)
</translation>
    </message>
</context>
</TS>
