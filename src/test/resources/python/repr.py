# Writes repr.txt beside it: "<IEEE bits in hex> <Python repr>" per line, the oracle of DoublesTest.
# Run: python3 repr.py > repr.txt (made with Python 3.11; repr is the same since Python 3.1).
import math, random, struct
def bits(x): return struct.unpack('>Q', struct.pack('>d', x))[0]
vals = []
vals += [math.ldexp(1.0, e) for e in range(-1074, 1024)]                      # every power of two
vals += [struct.unpack('>d', struct.pack('>Q', m))[0] for m in range(1, 400)]  # the tiniest subnormals
r = random.Random(2024)
vals += [struct.unpack('>d', struct.pack('>Q', r.getrandbits(52)))[0] for _ in range(300)]  # subnormals
for k in range(-323, 309):                                                    # powers of ten, each side
    x = float('1e%d' % k)
    vals += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
for x in [1e16, 1e-4, 1e-5, 1e15, 1e17, 1e7, 1e-3]:                           # Python's and Java's layout edges
    y = x
    for _ in range(3):
        y = math.nextafter(y, 0); vals.append(y)
    y = x
    for _ in range(3):
        y = math.nextafter(y, math.inf); vals.append(y)
vals += [9999999999999998.0, 1.5e16, 123456789012345680.0, 0.00015, 0.0001234, 1234567.0, 12345678.9]
vals += [0.40864479541778564, 0.35061511397361755, 0.1260961890220642, 0.023326940834522247,
         0.011855212040245533, 0.4693359136581421, 0.4633873701095581, 0.06456154584884644,
         0.001282821292988956, 0.00023323031200561672, 9.607873916625977]      # real goldens (FACTS.md)
vals += [struct.unpack('>d', struct.pack('>Q', r.getrandbits(63)))[0] for _ in range(600)]  # any double
vals += [struct.unpack('>f', struct.pack('>I', r.getrandbits(30) | 0x30000000))[0] for _ in range(600)]  # float32
vals += [round(r.uniform(-100, 100), r.randint(0, 6)) for _ in range(300)]   # short decimals
out = []
for x in vals:
    for v in (x,):
        if math.isfinite(v) and v != 0:
            out.append('%016x %s' % (bits(v), repr(v)))
print('\n'.join(out))
