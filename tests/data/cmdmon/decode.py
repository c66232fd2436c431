import struct, sys, socket
def f(x):
    e = x >> 25
    if e >= 64: e -= 128
    c = x & 0x1FFFFFF
    if c >= 1 << 24: c -= 1 << 25
    return c * 2.0 ** (e - 25)
def F(b, o): return f(struct.unpack_from('>I', b, o)[0])
def ts(b, o):
    h, l, n = struct.unpack_from('>III', b, o)
    return '%d.%09d' % ((h << 32) | l, n)
for name in ['tracking_client', 'tracking_local']:
    b = open(name + '.bin', 'rb').read()[28:]
    refid, = struct.unpack_from('>I', b, 0); st, leap = struct.unpack_from('>HH', b, 24)
    print(name, '%08X' % refid, socket.inet_ntoa(b[4:8]), struct.unpack_from('>H', b, 20)[0], st, leap, ts(b, 28), ' '.join('%.9g' % F(b, o) for o in range(40, 76, 4)))
b = open('source_data_0.bin', 'rb').read()[28:]
print('source_data_0', socket.inet_ntoa(b[0:4]), struct.unpack_from('>hHHHHHI', b, 20), ' '.join('%.9g' % F(b, o) for o in (36, 40, 44)))
b = open('sourcestats_0.bin', 'rb').read()[28:]
print('sourcestats_0', '%08X' % struct.unpack_from('>I', b, 0)[0], socket.inet_ntoa(b[4:8]), struct.unpack_from('>III', b, 24), ' '.join('%.9g' % F(b, o) for o in range(36, 56, 4)))
b = open('activity.bin', 'rb').read()[28:]
print('activity', struct.unpack_from('>iiiii', b, 0))
