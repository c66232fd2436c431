# Captures raw cmdmon replies from a throwaway chronyd 4.3 (see tests/data/cmdmon/README.md).
import socket, struct, random, os, sys
out = sys.argv[1]
def req(cmd, data=b'', length=None, version=6):
    seq = random.getrandbits(32)
    pkt = struct.pack('>BBBBHHIII', version, 1, 0, 0, cmd, 0, seq, 0, 0) + data
    if length: pkt += b'\0' * (length - len(pkt))
    return pkt
def udp(pkt, dst, src):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind((src, 0)); s.settimeout(2)
    s.sendto(pkt, dst); r = s.recv(2000); s.close(); return r
def unix(pkt, path):
    me = os.path.dirname(path) + '/cap.%d.sock' % os.getpid()
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); s.bind(me); os.chmod(me, 0o666); s.settimeout(2)
    s.sendto(pkt, path); r = s.recv(2000); s.close(); os.unlink(me); return r
c2 = ('127.55.0.3', 15324); c1 = ('127.55.0.2', 15323)
ip4 = lambda a: socket.inet_aton(a) + b'\0' * 12 + struct.pack('>HH', 1, 0)
caps = {
 'tracking_client': udp(req(33, length=104), c2, '127.55.0.2'),
 'tracking_local': udp(req(33, length=104), c1, '127.55.0.3'),
 'n_sources': udp(req(14, length=32), c2, '127.55.0.2'),
 'source_data_0': udp(req(15, struct.pack('>i', 0), length=76), c2, '127.55.0.2'),
 'source_data_bad_index': udp(req(15, struct.pack('>i', 5), length=76), c2, '127.55.0.2'),
 'sourcestats_0': udp(req(34, struct.pack('>I', 0), length=84), c2, '127.55.0.2'),
 'activity': udp(req(44, length=48), c2, '127.55.0.2'),
 'ntp_source_name': udp(req(65, ip4('127.55.0.2'), length=284), c2, '127.55.0.2'),
 'makestep_udp_unauth': udp(req(43, length=28), c2, '127.55.0.2'),
 'version5_mismatch': udp(req(33, length=104, version=5), c2, '127.55.0.2'),
 'short_request_badlength': udp(req(33, length=60), c2, '127.55.0.2'),
 'unknown_command_invalid': udp(req(74, length=48), c2, '127.55.0.2'),
 'makestep_unix_failed': unix(req(43, length=28), '/tmp/cmdmon-cap/s2/chronyd.sock'),
 'tracking_unix': unix(req(33, length=104), '/tmp/cmdmon-cap/s2/chronyd.sock'),
}
for k, v in caps.items():
    open(os.path.join(out, k + '.bin'), 'wb').write(v)
    print(k, len(v), v[4:10].hex(), v[28:60].hex())
