#!/usr/bin/env python3
"""Says whether .NET assemblies carry ReadyToRun (ahead-of-time compiled) code, and for which platform, from their PE
headers: the CLI header's ManagedNativeHeader points at a READYTORUN_HEADER ("RTR"), and the COFF machine of a
ReadyToRun image is the architecture XOR an operating-system value. Usage: ready-to-run.py FILE... ; prints one line
per file and exits 1 if any file is plain IL."""
import struct
import sys

MACHINES = {0x8664: "x64", 0xAA64: "arm64", 0x14C: "x86", 0x1C4: "arm"}
OSES = {0: "win", 0x7B79: "linux", 0x4644: "osx", 0xADC4: "freebsd"}


def platform(path):
    data = open(path, "rb").read()
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe:pe + 4] != b"PE\0\0":
        return None
    machine, sections = struct.unpack_from("<HH", data, pe + 4)
    optional_size = struct.unpack_from("<H", data, pe + 20)[0]
    optional = pe + 24
    magic = struct.unpack_from("<H", data, optional)[0]
    directories = optional + (96 if magic == 0x10B else 112)
    cli_rva, _ = struct.unpack_from("<II", data, directories + 14 * 8)
    table = optional + optional_size

    def offset(rva):
        for i in range(sections):
            _, vsize, vaddr, rawsize, rawptr = struct.unpack_from("<8sIIII", data, table + i * 40)
            if vaddr <= rva < vaddr + max(vsize, rawsize):
                return rva - vaddr + rawptr
        raise ValueError("RVA outside the sections")

    if cli_rva == 0:
        return None
    native_rva = struct.unpack_from("<I", data, offset(cli_rva) + 64)[0]
    if native_rva == 0 or data[offset(native_rva):offset(native_rva) + 4] != b"RTR\0":
        return None
    for arch_value, arch in MACHINES.items():
        os_value = machine ^ arch_value
        if os_value in OSES:
            return f"{OSES[os_value]}-{arch}"
    return "unknown platform"


plain = 0
for path in sys.argv[1:]:
    found = platform(path)
    print(f"{path}: {'ReadyToRun for ' + found if found else 'IL only'}")
    plain += found is None
sys.exit(1 if plain else 0)
