#!/usr/bin/env python3
"""Third-party notices of a PayDesk package: which software that is not ours it carries or
uses, in which version, under which license, and the license texts themselves.

Generated, never written by hand. Python 3 standard library only; dpkg-query answers which
Debian package a file belongs to, /usr/share/doc/<package>/copyright is that package's notice.

  third-party-notices.py bundle --root STAGE --manifest MANIFEST [--product-version V]
      The self-contained Linux bundle (installer/linux/build-bundle.sh). MANIFEST lists every
      file of STAGE, one a line: `<path in STAGE>\\t<where it came from>`, the origin being the
      absolute path of the system file it was copied from, or `PayDesk` for our own files.
      Writes STAGE/licenses/: each package's copyright file (one folder per Debian source
      package), the license texts they refer to (common-licenses/), THIRD-PARTY-NOTICES.txt
      (the index) and components.tsv (the list the About dialog shows).
      Fails (exit 1), naming each, when a file of STAGE is not in MANIFEST, a listed file is
      missing, a system file belongs to no Debian package, or a package has no copyright file.

  third-party-notices.py system --out DIR [--elf OURS]... [--file FILE]... [--package PKG]...
      The build tree and the .deb, which use Debian's own packages and copy nothing: the index
      of the packages PayDesk loads (what ldd lists for each of our --elf programs, each system
      --file with what it loads, and each --package it depends on),
      pointing at their copyright files in /usr/share/doc. Files of no package are listed as
      such; only the bundle, which redistributes them, fails on those.

  third-party-notices.py qt-sources --out DIR --qt-version V [--other NAME=VERSION=DIR]... QT_SRC...
      The Windows installer (windeployqt ships Qt's DLLs): notices from Qt's own source trees
      (each module's LICENSES/, the qt_attribution.json of every third-party part it bundles,
      Qt WebEngine's README.chromium files), QT_SRC being qtbase, qtwebengine, ... as in Qt's
      Src folder. Fails when a license file they name is missing.

Exit status: 0 done, 1 a file is not covered (bundle), 2 bad usage or input.
"""
import argparse
import collections
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

OWN = 'PayDesk'
INDEX = 'THIRD-PARTY-NOTICES.txt'
COMPONENTS = 'components.tsv'
COMMON_LICENSES = '/usr/share/common-licenses'
DEP5_FORMAT = re.compile(r'^Format:\s*https?://(www\.)?debian\.org/doc/packaging-manuals/copyright-format/',
                         re.I | re.M)
COMMON_REF = re.compile(r'/usr/share/common-licenses/([A-Za-z0-9][A-Za-z0-9.+_-]*)')
# For copyright files not in Debian's machine-readable format: the licenses their text names.
TEXT_LICENSES = [
    (re.compile(r'GNU (Lesser|Library) General Public|\bLGPL\b', re.I), 'LGPL'),
    (re.compile(r'(?<!Lesser )(?<!Library )GNU General Public License', re.I), 'GPL'),
    (re.compile(r'Mozilla Public License', re.I), 'MPL'),
    (re.compile(r'Apache License', re.I), 'Apache'),
    (re.compile(r'Permission is hereby granted, free of charge', re.I), 'MIT-style'),
    (re.compile(r'Permission to use, copy, modify,? (and )?distribute', re.I), 'permissive (X11/HPND-style)'),
    (re.compile(r'Redistribution and use in source and binary forms', re.I), 'BSD-style'),
    (re.compile(r'SIL OPEN FONT LICENSE', re.I), 'OFL-1.1'),
    (re.compile(r'public domain', re.I), 'public domain'),
]


class Problem(Exception):
    pass


# ------------------------------------------------------------------------------------------
# Debian: which package a file belongs to, its version and its copyright file.

def path_candidates(path):
    """The names dpkg may know a file by: itself and its target, each with and without /usr
    (Debian 12 merged /lib into /usr/lib, but packages still list /lib/... paths)."""
    out = []
    for p in (os.path.abspath(path), os.path.realpath(path)):
        for q in (p, p[4:] if p.startswith('/usr/') else '/usr' + p):
            if q not in out:
                out.append(q)
    return out


def owning_packages(paths):
    """{path: 'package[:arch]'} for each path a Debian package owns; one dpkg-query call."""
    wanted = {}
    for path in paths:
        for cand in path_candidates(path):
            wanted.setdefault(cand, []).append(path)
    if not wanted or shutil.which('dpkg-query') is None:
        return {}
    # Exit status 1 only says that some path is in no package: those are simply not printed.
    res = subprocess.run(['dpkg-query', '-S', '--', *sorted(wanted)], capture_output=True, text=True)
    found = {}
    for line in res.stdout.splitlines():
        if line.startswith('diversion by') or ': ' not in line:
            continue
        pkgs, _, where = line.partition(': ')
        found.setdefault(where.strip(), pkgs.split(',')[0].strip())
    owners = {}
    for path in paths:
        for cand in path_candidates(path):
            if cand in found:
                owners[path] = found[cand]
                break
    return owners


def package_info(packages):
    """{package: (binary version, source package, source version)}."""
    if not packages or shutil.which('dpkg-query') is None:
        return {}
    res = subprocess.run(['dpkg-query', '-W', '-f',
                          '${binary:Package}\\t${Version}\\t${source:Package}\\t${source:Version}\\n',
                          '--', *sorted(packages)], capture_output=True, text=True)
    info = {}
    for line in res.stdout.splitlines():
        name, version, source, source_version = (line.split('\t') + ['', '', ''])[:4]
        info[name] = (version, source or name.split(':')[0], source_version or version)
        info.setdefault(name.split(':')[0], info[name])
    return info


def upstream_version(debian_version):
    """6.4.2+dfsg-10 -> 6.4.2; 1:1.2.13.dfsg-1 -> 1.2.13."""
    v = debian_version.split(':', 1)[-1]
    v = v.rsplit('-', 1)[0] if '-' in v else v
    return re.split(r'[+~]|\.dfsg', v)[0]


# ------------------------------------------------------------------------------------------
# What a copyright file says.

def dep5_licenses(text):
    """(main, all): License short names of a machine-readable copyright file; main are those
    of its `Files: *` paragraphs (the work as a whole), all of them start with those."""
    main, others = [], []
    for para in re.split(r'\n\s*\n', text):
        fields = {}
        for line in para.splitlines():
            m = re.match(r'^([A-Za-z-]+):\s*(.*)$', line)
            if m:
                fields.setdefault(m.group(1).lower(), m.group(2).strip())
        if 'files' not in fields or not fields.get('license'):
            continue
        target = main if fields['files'].split() and fields['files'].split()[0] == '*' else others
        if fields['license'] not in main + others:
            target.append(fields['license'])
    return main or others[:1], main + others


def license_summary(text):
    """(main, all, machine_readable): what the copyright file says its licenses are."""
    if DEP5_FORMAT.search(text):
        main, names = dep5_licenses(text)
        if names:
            return main, names, True
    flat = re.sub(r'\s+', ' ', text)  # license names broken over lines
    names = [name for rx, name in TEXT_LICENSES if rx.search(flat)]
    return names, names, False


def common_license_refs(text):
    """Texts in /usr/share/common-licenses a copyright file points to instead of quoting."""
    refs = []
    for m in COMMON_REF.finditer(text):
        name = m.group(1).rstrip('.')
        if name not in refs:
            refs.append(name)
    return refs


# ------------------------------------------------------------------------------------------
# Components: one per Debian source package (and notice text: when two binary packages of one
# source carry different copyright files, each is its own component).

class Component:
    def __init__(self, source, version):
        self.source = source
        self.version = version
        self.packages = {}  # binary package -> version
        self.files = []
        self.raw = b''
        self.notice = ''  # path of the notice (relative to licenses/ in a bundle)
        self.name = source
        self.licenses = []
        self.main_licenses = []
        self.machine_readable = True
        self.refs = []

    def license_line(self):
        if not self.licenses:
            return 'see the notice'
        line = ', '.join(self.licenses)
        return line if self.machine_readable else line + ' (named in the text)'


def group_components(file_owner, info, doc_dir, problems, need_text=True):
    """file_owner: [(listed file, system path, package or None)]. Returns components, sorted."""
    by_key = {}
    for listed, system_path, package in file_owner:
        if package is None:
            problems.append(f'{listed}: {system_path} belongs to no Debian package, so there is no '
                            'notice for it')
            continue
        version, source, source_version = info.get(package, ('?', package.split(':')[0], '?'))
        plain = package.split(':')[0]
        copyright_path = os.path.join(doc_dir, plain, 'copyright')
        try:
            with open(copyright_path, 'rb') as f:
                raw = f.read()
        except OSError:
            if need_text:
                problems.append(f'{listed}: package {plain} has no copyright file {copyright_path}')
                continue
            raw = b''
        text = raw.decode('utf-8', errors='replace')
        digest = hashlib.sha256(raw).hexdigest()
        key = (source, digest)
        comp = by_key.get(key)
        if comp is None:
            comp = by_key[key] = Component(source, source_version)
            comp.raw = raw  # copied byte for byte
            comp.notice = copyright_path
            comp.main_licenses, comp.licenses, comp.machine_readable = license_summary(text)
            comp.refs = common_license_refs(text)
        comp.packages[plain] = version
        if listed not in comp.files:
            comp.files.append(listed)
    comps = sorted(by_key.values(), key=lambda c: (c.source, sorted(c.packages)))
    # Two notices for one source: name each after its first binary package.
    per_source = collections.Counter(c.source for c in comps)
    for c in comps:
        if per_source[c.source] > 1:
            c.name = f'{c.source} ({sorted(c.packages)[0]})'
        c.files.sort()
    return comps


# ------------------------------------------------------------------------------------------
# Output: the index (people) and components.tsv (the About dialog).

def tsv_field(s):
    return s.replace('\t', ' ').replace('\n', ' ')


def write_components(path, comps):
    """One line per component for the About dialog: name, version, the license of the work as a
    whole, its notice, the Debian packages, how many files, every license the notice names, and
    whether those come from machine-readable fields (dep5) or from the notice's text (text)."""
    with open(path, 'w', encoding='utf-8') as f:
        f.write('# component\tversion\tlicense\tnotice\tpackages\tfiles\tall licenses\tsource\n')
        for c in comps:
            f.write('\t'.join(tsv_field(x) for x in (
                c.name, c.version, ', '.join(c.main_licenses or c.licenses), c.notice,
                ' '.join(f'{p} {v}' for p, v in sorted(c.packages.items())), str(len(c.files)),
                ', '.join(c.licenses), 'dep5' if c.machine_readable else 'text')) + '\n')


def wrap(text, indent='', width=96):
    words, lines, line = text.split(), [], indent
    for w in words:
        if len(line) + len(w) + 1 > width and line.strip():
            lines.append(line.rstrip())
            line = indent
        line += w + ' '
    if line.strip():
        lines.append(line.rstrip())
    return '\n'.join(lines)


def qt_components(comps):
    """Qt itself: Debian's qt6-* source packages (not QtKeychain and other Qt-based libraries)."""
    return [c for c in comps if c.source.startswith('qt6-')]


def qt_statement(mode, comps, qt_version=None, qt_source=None):
    qt = qt_components(comps)
    if not qt:
        return ''
    if qt_version is None:
        base = [c for c in qt if c.source == 'qt6-base']
        qt_version = upstream_version((base or qt)[0].version)
    sources = ', '.join(f'{c.source} {c.version}' for c in qt)
    paras = [f'PayDesk uses the Qt {qt_version} libraries under the GNU Lesser General Public '
             'License version 3 (LGPL-3), which supplements the GNU General Public License '
             'version 3 (GPL-3).']
    if mode == 'bundle':
        paras += [
            'Dynamically linked: PayDesk\'s programs (bin/paydesk, bin/paydesk-cli, '
            'bin/paydesk-kakaopay-sim) and its web-view module (lib/paydesk/libpaydesk_webview.so) '
            'load Qt as shared libraries; no part of Qt is compiled into them.',
            'Replaceable by the user: Qt is the files lib/libQt6*.so.6, its plugins are in plugins/, '
            'Qt WebEngine\'s helper process is libexec/QtWebEngineProcess with its data in '
            'resources/ and translations/. The launchers at the top of the installation '
            '(paydesk, paydesk-cli, paydesk-kakaopay-sim) set LD_LIBRARY_PATH to the '
            'installation\'s lib/ and QT_PLUGIN_PATH to its plugins/ and then start '
            'bin/<program>, so a modified or newer Qt 6 build (' + qt_version + ' or a later '
            'Qt 6) is used once its files are put in place of those in lib/, plugins/ and '
            'libexec/. Removing lib/libQt6*.so.6 makes the dynamic linker use the system\'s Qt '
            'instead. bin/qt.conf and libexec/qt.conf name the directories Qt looks in.',
            'Corresponding source: the Debian source packages ' + sources + ' (`apt-get source '
            '<package>=<version>`, https://snapshot.debian.org/package/<package>/<version>/ or '
            'https://sources.debian.org/src/<package>/<version>/); upstream Qt ' + qt_version +
            ': https://download.qt.io/archive/qt/' + '.'.join(qt_version.split('.')[:2]) + '/' +
            qt_version + '/.',
            'The LGPL-3 and GPL-3 texts are licenses/common-licenses/LGPL-3 and GPL-3; '
            'the Qt notices are licenses/<package>/copyright.']
    elif mode == 'system':
        paras += [
            'Dynamically linked: PayDesk loads Qt from Debian\'s own packages (' + sources + '), '
            'installed as dependencies of the paydesk package; no part of Qt is compiled into '
            'PayDesk. Installing another build of those packages (or any binary-compatible Qt 6 '
            'in the library path) replaces it.',
            'Corresponding source: `apt-get source <package>=<version>`, '
            'https://snapshot.debian.org/package/<package>/<version>/ or '
            'https://sources.debian.org/src/<package>/<version>/. Each package\'s notice is '
            '/usr/share/doc/<package>/copyright, the LGPL-3 text /usr/share/common-licenses/LGPL-3.']
    else:  # windows
        paras += [
            'Dynamically linked: paydesk.exe, paydesk-cli.exe, paydesk-kakaopay-sim.exe and the '
            'web-view module paydesk_webview.dll load Qt as DLLs; no part of Qt is compiled into them.',
            'Replaceable by the user: Qt is the files Qt6*.dll next to paydesk.exe (bin\\), its '
            'plugins are in the folders next to them (platforms\\, imageformats\\, ...), Qt '
            'WebEngine\'s helper is QtWebEngineProcess.exe with its data in resources\\ and '
            'translations\\. Windows loads DLLs from the program\'s own folder first, so a modified '
            'or newer Qt 6 build (' + qt_version + ' or later, same compiler) put in place of '
            'those files is used; bin\\qt.conf names the folders Qt looks in.',
            'Corresponding source: ' + (qt_source or (
                'upstream Qt ' + qt_version + ', https://download.qt.io/archive/qt/' +
                '.'.join(qt_version.split('.')[:2]) + '/' + qt_version + '/single/ '
                '(qt-everywhere-src-' + qt_version + ')')) + '.',
            'The LGPL-3 and GPL-3 texts are licenses\\qt\\qtbase\\LGPL-3.0-only.txt and '
            'GPL-3.0-only.txt.']
    return '\n\n'.join(wrap(p) for p in paras)


def write_index(path, title, preface, statement, comps, extra_sections=(), count_files=True):
    out = [title, '=' * len(title), '']
    out += [wrap(p) + '\n' for p in preface]
    if statement:
        out += ['Qt and the LGPL', '---------------', statement, '']
    for heading, body in extra_sections:
        out += [heading, '-' * len(heading), body, '']
    nfiles = sum(1 for c in comps for f in c.files if not f.startswith('('))
    heading = f'Components ({len(comps)}, covering {nfiles} files)' if count_files else \
        f'Components ({len(comps)})'
    out += [heading, '-' * len(heading), '']
    for i, c in enumerate(comps, 1):
        out.append(f'{i}. {c.name} {c.version}')
        out.append(wrap('License: ' + c.license_line(), '   '))
        if c.packages:
            out.append(wrap('Packages: ' + ', '.join(f'{p} {v}' for p, v in sorted(c.packages.items())),
                            '   '))
        out.append(f'   Notice: {c.notice}')
        if c.refs:
            out.append(wrap('License texts: ' + ', '.join(c.refs), '   '))
        out.append(f'   Files ({len(c.files)}):' if count_files else '   Where:')
        out += [f'     {f}' for f in c.files]
        out.append('')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out).rstrip() + '\n')


def copy_common_licenses(comps, dest, always=()):
    """Copies each referenced license text once; returns the names copied."""
    names = list(always)
    for c in comps:
        names += [r for r in c.refs if r not in names]
    copied, missing = [], []
    for name in names:
        src = os.path.join(COMMON_LICENSES, name)
        if not os.path.isfile(src):
            missing.append(name)
            continue
        os.makedirs(dest, exist_ok=True)
        shutil.copyfile(os.path.realpath(src), os.path.join(dest, name))
        copied.append(name)
    for c in comps:
        c.refs = [r if r in copied else f'{r} (not on the build machine; the notice names it)'
                  for r in c.refs]
    for name in missing:
        print(f'third-party-notices: note: {COMMON_LICENSES}/{name} is named in a notice but does '
              'not exist here', file=sys.stderr)
    return copied


# ------------------------------------------------------------------------------------------
# Modes.

def read_manifest(path):
    entries = {}
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            rel, sep, origin = line.partition('\t')
            if not sep or not origin:
                raise Problem(f'{path}:{n}: expected "<path in bundle>\\t<origin>": {line!r}')
            entries[os.path.normpath(rel)] = origin
    return entries


def tree_files(root, skip):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = os.path.relpath(dirpath, root)
        dirnames[:] = sorted(d for d in dirnames
                             if os.path.normpath(os.path.join(rel_dir, d)) != skip)
        for name in filenames:
            out.append(os.path.normpath(os.path.join(rel_dir, name)))
    return sorted(out)


def mode_bundle(args):
    root = os.path.abspath(args.root)
    out = os.path.join(root, 'licenses')
    entries = read_manifest(args.manifest)
    problems = []
    for rel in tree_files(root, 'licenses'):
        if rel not in entries:
            problems.append(f'{rel}: in the bundle but not in the manifest, so nobody knows where '
                            'it came from (record it in build-bundle.sh)')
    system = {}
    for rel, origin in sorted(entries.items()):
        if not os.path.lexists(os.path.join(root, rel)):
            problems.append(f'{rel}: in the manifest but not in the bundle')
        elif origin != OWN:
            if not os.path.isabs(origin):
                problems.append(f'{rel}: origin must be an absolute path or {OWN}: {origin}')
            else:
                system[rel] = origin
    owners = owning_packages(sorted(set(system.values())))
    info = package_info({p for p in owners.values()})
    file_owner = [(rel, src, owners.get(src)) for rel, src in sorted(system.items())]
    comps = group_components(file_owner, info, args.doc_dir, problems)
    if problems:
        for p in problems:
            print(f'third-party-notices: {p}', file=sys.stderr)
        print(f'third-party-notices: {len(problems)} file(s) without a notice: the bundle cannot '
              'ship like this', file=sys.stderr)
        return 1

    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    # One copyright file per component, named after its source package.
    for c in comps:
        folder = c.name if ' ' not in c.name else c.source + '-' + sorted(c.packages)[0]
        rel = f'{folder}/copyright'
        os.makedirs(os.path.join(out, folder), exist_ok=True)
        with open(os.path.join(out, rel), 'wb') as f:
            f.write(c.raw)
        c.notice = rel
    always = ('LGPL-3', 'GPL-3') if qt_components(comps) else ()
    copy_common_licenses(comps, os.path.join(out, 'common-licenses'), always)
    for c in comps:
        c.refs = [r if '(' in r else f'common-licenses/{r}' for r in c.refs]
    own = sorted(rel for rel, origin in entries.items() if origin == OWN)
    version = f' {args.product_version}' if args.product_version else ''
    preface = [
        f'PayDesk{version}, self-contained Linux bundle: the software in it that is not '
        'PayDesk\'s own, generated at build time from the Debian packages its files were '
        'copied from (installer/third-party-notices.py).',
        'Every file below was copied from the named Debian package of the build machine; the '
        'package\'s copyright file is its notice and is the authority (paths are relative to '
        'this licenses/ folder). License names are the copyright file\'s machine-readable '
        'License fields or, marked "named in the text", the licenses its text names.',
        'PayDesk\'s own files (' + str(len(own)) + ': the programs in bin/, the web-view module, '
        'the launchers, installer and configuration files) carry no license statement until '
        'their owner chooses one.']
    write_index(os.path.join(out, INDEX), f'PayDesk{version}: third-party notices',
                preface, qt_statement('bundle', comps), comps)
    write_components(os.path.join(out, COMPONENTS), comps)
    nfiles = sum(len(c.files) for c in comps)
    print(f'third-party-notices: {len(comps)} components cover {nfiles} files copied from the '
          f'system ({len(own)} files are PayDesk\'s own) -> {out}')
    return 0


def ldd_closure(elves):
    paths = []
    for elf in elves:
        res = subprocess.run(['ldd', elf], capture_output=True, text=True)
        for line in res.stdout.splitlines():
            parts = line.split()
            if len(parts) >= 3 and parts[1] == '=>' and parts[2].startswith('/'):
                p = parts[2]
            elif parts and parts[0].startswith('/'):
                p = parts[0]  # the dynamic loader
            else:
                continue
            if p not in paths:
                paths.append(p)
    return paths


def is_elf(path):
    try:
        with open(path, 'rb') as f:
            return f.read(4) == b'\x7fELF'
    except OSError:
        return False


def mode_system(args):
    # --elf: PayDesk's own programs, only what they load counts; --file: a system file PayDesk
    # loads (QtWebEngineProcess), itself and what it loads.
    extra = [os.path.abspath(f) for f in args.file if os.path.exists(f)]
    files = ldd_closure(args.elf + [f for f in extra if is_elf(f)])
    files = list(dict.fromkeys(extra + [p for p in files
                                         if os.path.abspath(p) not in map(os.path.abspath, args.elf)]))
    owners = owning_packages(files) if files else {}
    named = {}
    for pkg in args.package:
        named[pkg] = pkg
    info = package_info(set(owners.values()) | set(named))
    problems = []
    file_owner = [(f, f, owners.get(f)) for f in files]
    for pkg in named:
        if pkg in info:
            file_owner.append((f'(package {pkg}, a run-time dependency)', '', pkg))
        else:
            print(f'third-party-notices: note: package {pkg} is not installed here: not listed',
                  file=sys.stderr)
    comps = group_components(file_owner, info, args.doc_dir, problems, need_text=False)
    unknown = [p for p in problems if 'no Debian package' in p]
    for c in comps:
        c.refs = [f'{COMMON_LICENSES}/{r}' for r in c.refs]
    os.makedirs(args.out, exist_ok=True)
    title = 'PayDesk' + (f' {args.product_version}' if args.product_version else '') + \
        ': third-party software it uses'
    preface = [
        'The Debian packages PayDesk loads on this system (generated from `ldd` of its programs and '
        'the packages it depends on, installer/third-party-notices.py). PayDesk copies none of '
        'them: each is installed by Debian with its own notice in /usr/share/doc/<package>/'
        'copyright, the authority on its terms. License names are the copyright file\'s '
        'machine-readable License fields or, marked "named in the text", the licenses its text '
        'names.',
        'The self-contained bundle and the Windows installer, which do ship such software, carry '
        'their own notices in their licenses folder.',
        'PayDesk\'s own files carry no license statement until their owner chooses one.']
    extra = []
    if unknown:
        extra.append(('Not from a Debian package (notices unknown)',
                      '\n'.join('  ' + p.split(': ', 1)[0] for p in unknown)))
    write_index(os.path.join(args.out, INDEX), title, preface, qt_statement('system', comps),
                comps, extra)
    write_components(os.path.join(args.out, COMPONENTS), comps)
    print(f'third-party-notices: {len(comps)} components, {len(files)} files'
          + (f', {len(unknown)} of no package' if unknown else '') + f' -> {args.out}')
    return 0


# Qt source trees (Windows): each module's license texts (LICENSES/ or LICENSE.*), the
# qt_attribution.json of every third-party part Qt bundles, and, in Qt WebEngine, the
# README.chromium of every third-party part of Chromium.

# Parts of a Qt tree that never end up in a Windows installation of PayDesk.
NOT_SHIPPED_DIRS = {'tests', 'test', 'examples', 'util', 'cmake', 'coin', 'android', 'gradle',
                    'wasm', 'cocoa', 'ios', 'macos', 'darwin', 'doc', 'docs', 'testing',
                    'benchmarks', 'perf'}
# Chromium parts that are never in Qt WebEngine for Windows, beyond what Chromium's own
# tools/licenses.py prunes: other platforms (Android, Fuchsia, iOS, Chrome OS, Wayland), test
# and build tools, code Qt WebEngine 6.4 does not build (Rust).
CHROMIUM_PRUNE = re.compile(r'^(rust|android.*|fuchsia.*|wayland.*|chromevox|cros_system_api|'
                            r'libFuzzer|afl|google_benchmark|junit|test_fonts|catapult|node|jdk|'
                            r'r8|proguard|robolectric|kotlin.*|xdg-utils|speech-dispatcher|'
                            r'libva_protected_content|instrumented_libraries|accessibility_test_framework|'
                            r'glide|ashmem|apache-portable-runtime|grpc|unrar)$')
# Files that make a Chromium folder a build-system stub, not code.
BUILD_GLUE = re.compile(r'^(BUILD\.gn|.*\.gni|OWNERS|DIR_METADATA|README(\.md)?|COMMON_METADATA|'
                        r'.*\.py|.*\.pyc|PRESUBMIT.*|DEPS|\.gitignore|.*\.json)$')


def shipped_path(rel):
    return not any(part.lower() in NOT_SHIPPED_DIRS for part in rel.split(os.sep)[:-1])


def load_qt_json(path):
    # Qt's qt_attribution.json files put raw line breaks into strings (Copyright): strict=False.
    with open(path, encoding='utf-8') as f:
        data = json.loads(f.read(), strict=False)
    return data if isinstance(data, list) else [data]


def read_chromium_readme(path):
    """The header of a README.chromium: "Key: value" lines up to the first empty line."""
    fields = {}
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            line = line.strip()
            if not line:
                break
            m = re.match(r'^([A-Za-z][A-Za-z ]*):\s*(.*)$', line)
            if m and m.group(1) not in fields:
                fields[m.group(1)] = m.group(2).strip()
    return fields


def chromium_lists(chromium_dir):
    """SPECIAL_CASES ({path: fields}: parts without a README.chromium, such as Blink, PDFium,
    V8), ADDITIONAL_PATHS and PRUNE_PATHS of Chromium's own tools/licenses.py, read with ast
    (never run), so that the walk below follows the same rules as Chromium's about:credits."""
    import ast
    path = os.path.join(chromium_dir, 'tools', 'licenses.py')
    with open(path, encoding='utf-8') as f:
        tree = ast.parse(f.read())

    def value(node):
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr == 'join' and all(isinstance(a, ast.Constant) for a in node.args):
            return os.path.join(*(a.value for a in node.args))  # os.path.join('a', 'b')
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id in ('set', 'frozenset') and node.args:
            return value(node.args[0])
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            return [value(e) for e in node.elts]
        if isinstance(node, ast.Dict):
            return {value(k): value(v) for k, v in zip(node.keys, node.values)}
        return None

    found = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and \
                isinstance(stmt.targets[0], ast.Name) and \
                stmt.targets[0].id in ('SPECIAL_CASES', 'ADDITIONAL_PATHS', 'PRUNE_PATHS'):
            found[stmt.targets[0].id] = value(stmt.value)
    return (found.get('SPECIAL_CASES') or {}, set(found.get('ADDITIONAL_PATHS') or []),
            set(found.get('PRUNE_PATHS') or []))


def safe_name(s):
    return re.sub(r'[^A-Za-z0-9._+-]+', '_', s).strip('_') or 'part'


class QtNotices:
    def __init__(self, out):
        self.out = out
        self.problems = []  # what makes the notices incomplete
        self.comps = []
        self.names = collections.Counter()

    def copy_into(self, files, folder):
        """Copies existing files into out/folder; returns their paths relative to out."""
        copied = []
        for src in files:
            if not os.path.isfile(src):
                continue
            os.makedirs(os.path.join(self.out, folder), exist_ok=True)
            name = os.path.basename(src)
            while os.path.join(folder, name) in copied:
                name = '_' + name
            shutil.copyfile(src, os.path.join(self.out, folder, name))
            copied.append(os.path.join(folder, name))
        return copied

    def add(self, name, version, licenses, notice_files, where, folder, copyright_text=''):
        self.names[name] += 1
        c = Component(name, version or '-')
        c.name = name if self.names[name] == 1 else f'{name} ({self.names[name]})'
        c.licenses = [licenses] if licenses else []
        c.main_licenses = c.licenses
        if copyright_text:
            os.makedirs(os.path.join(self.out, folder), exist_ok=True)
            with open(os.path.join(self.out, folder, 'COPYRIGHT.txt'), 'w', encoding='utf-8') as f:
                f.write(copyright_text.rstrip() + '\n')
            notice_files = notice_files + [os.path.join(folder, 'COPYRIGHT.txt')]
        c.notice = folder + '/'
        c.refs = notice_files
        c.files = [where]
        self.comps.append(c)

    def module(self, src, module, qt_version):
        lic_dir = os.path.join(src, 'LICENSES')
        texts = [os.path.join(lic_dir, f) for f in sorted(os.listdir(lic_dir))] \
            if os.path.isdir(lic_dir) else \
            [os.path.join(src, f) for f in sorted(os.listdir(src)) if f.startswith('LICENSE')]
        texts = [t for t in texts if 'Commercial' not in os.path.basename(t)]
        if not texts:
            raise Problem(f'{src}: no LICENSES/ or LICENSE.* files: is this a Qt module source tree?')
        folder = f'qt/{module}'
        self.add(f'Qt {module}', qt_version, 'LGPL-3.0-only', self.copy_into(texts, folder),
                 f'Qt {module} DLLs, plugins and data (windeployqt)', folder)
        for dirpath, dirnames, filenames in os.walk(src):
            rel_dir = os.path.relpath(dirpath, src)
            if os.path.isfile(os.path.join(dirpath, 'tools', 'licenses.py')) and \
                    os.path.basename(dirpath) == 'chromium':
                self.chromium_tree(src, module, dirpath)
                dirnames[:] = []
                continue
            dirnames[:] = sorted(d for d in dirnames if d != '.git' and
                                 shipped_path(os.path.join(rel_dir, d, 'x')))
            if 'qt_attribution.json' in filenames:
                self.attribution(src, module, os.path.join(dirpath, 'qt_attribution.json'))

    def attribution(self, src, module, path):
        for e in load_qt_json(path):
            usage = e.get('QtUsage', '')
            if re.search(r'Qt Test module|for testing|build system|Android|WebAssembly', usage) and \
                    'Windows' not in usage:
                continue
            ident = e.get('Id') or e.get('Name') or 'part'
            files = e.get('LicenseFiles') or ([e['LicenseFile']] if e.get('LicenseFile') else [])
            files = [os.path.normpath(os.path.join(os.path.dirname(path), f)) for f in files]
            for f in files:
                if not os.path.isfile(f):
                    self.problems.append(f'{module}/{os.path.relpath(f, src)}: license file of '
                                         f'{e.get("Name", ident)} is missing')
            rel = os.path.relpath(os.path.dirname(path), src)
            folder = f'qt/{module}/3rdparty/{safe_name(ident)}'
            self.add(e.get('Name', ident), e.get('Version', ''), e.get('LicenseId') or e.get('License', ''),
                     self.copy_into(files, folder), f'inside Qt {module} ({rel})', folder,
                     e.get('Copyright', ''))

    def chromium_tree(self, src, module, top):
        """Chromium inside Qt WebEngine, walked the way Chromium's tools/licenses.py walks it
        for about:credits: Chromium itself, every folder right under a `third_party` folder
        (not deeper), and its ADDITIONAL_PATHS; its PRUNE_PATHS and ours are left out."""
        special, additional, prune = chromium_lists(top)
        self.chromium_part(src, module, top, top, {'Name': 'Chromium', 'License': 'BSD-3-Clause',
                                                  'License File': 'LICENSE'})
        for rel in sorted(additional):
            if os.path.isdir(os.path.join(top, rel)) and shipped_path(os.path.join(rel, 'x')) and \
                    not CHROMIUM_PRUNE.match(os.path.basename(rel)):
                self.chromium_part(src, module, top, os.path.join(top, rel), special.get(rel))
        for dirpath, dirnames, _ in os.walk(top):
            rel_dir = os.path.relpath(dirpath, top)
            if rel_dir in prune or rel_dir.startswith('out') or \
                    (rel_dir != '.' and rel_dir in additional):
                dirnames[:] = []
                continue
            dirnames[:] = sorted(d for d in dirnames if d not in ('.git', 'layout_tests'))
            if os.path.basename(dirpath) != 'third_party':
                continue
            for d in dirnames:
                rel = os.path.normpath(os.path.join(rel_dir, d))
                if rel in prune or rel in additional or CHROMIUM_PRUNE.match(d):
                    continue
                self.chromium_part(src, module, top, os.path.join(dirpath, d), special.get(rel))
            dirnames[:] = []

    def chromium_part(self, src, module, top, path, special):
        """One part: its README.chromium header (or its SPECIAL_CASES entry) names it; the
        license file is "LICENSE" unless named otherwise, else "COPYING"; none is wanted for a
        part marked NOT_SHIPPED or for public-domain code. A folder of build files only, or
        with no files, is no part."""
        rel = os.path.relpath(path, src)
        readme = os.path.join(path, 'README.chromium')
        files_here = [f for _, _, fs in os.walk(path) for f in fs]
        if not files_here:
            return
        extra = os.path.join(path, 'additional_readme_paths.json')
        if os.path.isfile(extra):
            # A folder of parts (licenses.py: ADDITIONAL_PATHS_FILENAME): each listed one counts.
            with open(extra, encoding='utf-8') as fh:
                for sub in json.load(fh):
                    self.chromium_part(src, module, top, os.path.join(path, sub),
                                       None)
            if not os.path.isfile(readme) and special is None:
                return
        if special is not None:
            f = dict(special)
        elif os.path.isfile(readme):
            f = read_chromium_readme(readme)
        else:
            if any(not BUILD_GLUE.match(x) for x in files_here):
                self.problems.append(f'{module}/{rel}: Chromium part with neither a README.chromium '
                                     'nor an entry in tools/licenses.py')
            return
        name = f.get('Name') or os.path.basename(path)
        lic_file = f.get('License File') or 'LICENSE'
        if f.get('Shipped', '').lower() == 'no' or lic_file.upper() == 'NOT_SHIPPED':
            return
        found = []
        for lf in filter(None, re.split(r'\s*,\s*', lic_file)):
            base = top if lf.startswith('/') else path  # "/x": from Chromium's top folder
            for cand in (os.path.join(base, lf.lstrip('/')), os.path.join(path, 'COPYING')):
                if os.path.isfile(cand):
                    found.append(os.path.normpath(cand))
                    break
        if not found and not re.search(r'public domain', f.get('License', ''), re.I):
            self.problems.append(f'{module}/{rel}: the license file of {name} (Chromium), '
                                 f'{lic_file}, is missing')
        folder = 'chromium/' + safe_name(os.path.relpath(path, top).replace('.', 'Chromium', 1)
                                         if os.path.relpath(path, top) == '.' else os.path.relpath(path, top))
        self.add(name, f.get('Version', ''), f.get('License', ''), self.copy_into(found, folder),
                 f'inside Qt WebEngine ({rel})', folder)


def mode_qt_sources(args):
    out = os.path.abspath(args.out)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    notices = QtNotices(out)
    modules = []
    for src in args.qt_src:
        src = os.path.abspath(src)
        # qtbase, qtbase-everywhere-src-6.4.2 -> qtbase
        module = re.sub(r'-everywhere.*$', '', os.path.basename(src.rstrip('/')))
        modules.append(module)
        notices.module(src, module, args.qt_version)
    for spec in args.other:
        name, _, rest = spec.partition('=')
        version, _, src = rest.partition('=')
        texts = [os.path.join(src, f) for f in sorted(os.listdir(src))
                 if re.match(r'^(LICEN[CS]E|COPYING|NOTICE|COPYRIGHT)', f, re.I)] \
            if os.path.isdir(src) else []
        if not texts:
            notices.problems.append(f'{name}: no LICENSE/COPYING file in {src}')
        text = ''
        for t in texts:
            with open(t, encoding='utf-8', errors='replace') as fh:
                text += fh.read()
        _, names, machine_readable = license_summary(text) if text else ([], [], True)
        notices.add(name, version, ', '.join(names) +
                    (' (named in the text)' if names and not machine_readable else ''),
                    notices.copy_into(texts, f'other/{safe_name(name)}'),
                    f'{name} (shipped next to PayDesk)', f'other/{safe_name(name)}')
    if notices.problems:
        for p in notices.problems:
            print(f'third-party-notices: {p}', file=sys.stderr)
        if not args.allow_missing:
            print(f'third-party-notices: {len(notices.problems)} license file(s) missing: the '
                  'installer cannot ship like this', file=sys.stderr)
            shutil.rmtree(out)
            return 1
    comps = sorted(notices.comps, key=lambda c: (not c.name.startswith('Qt '), c.name.lower()))
    version = f' {args.product_version}' if args.product_version else ''
    preface = [
        f'PayDesk{version} for Windows: the software in this installation that is not PayDesk\'s '
        'own (Qt, what Qt bundles, and anything else shipped next to it), generated at build time '
        'from the Qt source trees\' own license files: each module\'s LICENSES, every '
        'qt_attribution.json and, for Qt WebEngine, every README.chromium '
        '(installer/third-party-notices.py). Qt modules: ' + ', '.join(modules) + '.',
        'Parts of the source trees that are never shipped (tests, examples, build tools, other '
        'platforms) are left out; a component listed here may still not be compiled into this '
        'build, which errs on the side of listing.',
        'PayDesk\'s own files carry no license statement until their owner chooses one.']
    if notices.problems:
        preface.append(f'INCOMPLETE: {len(notices.problems)} license files named by the sources '
                       'are missing from them (listed below).')
    extra = [('Missing license files', '\n'.join('  ' + p for p in notices.problems))] \
        if notices.problems else []
    qt_stub = Component('qt6-base', args.qt_version)
    write_index(os.path.join(out, INDEX), f'PayDesk{version} for Windows: third-party notices',
                preface, qt_statement('windows', [qt_stub], args.qt_version, args.qt_source),
                comps, extra, count_files=False)
    write_components(os.path.join(out, COMPONENTS), comps)
    print(f'third-party-notices: {len(comps)} components from {len(modules)} Qt modules'
          + (f', {len(notices.problems)} license files missing' if notices.problems else '')
          + f' -> {out}')
    return 0


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    sub = parser.add_subparsers(dest='mode', required=True)
    b = sub.add_parser('bundle')
    b.add_argument('--root', required=True)
    b.add_argument('--manifest', required=True)
    s = sub.add_parser('system')
    s.add_argument('--out', required=True)
    s.add_argument('--elf', action='append', default=[])
    s.add_argument('--file', action='append', default=[])
    s.add_argument('--package', action='append', default=[])
    q = sub.add_parser('qt-sources')
    q.add_argument('--out', required=True)
    q.add_argument('--qt-version', required=True)
    q.add_argument('--qt-source', help='where the corresponding source of this Qt build is '
                   '(default: the upstream Qt release at download.qt.io)')
    q.add_argument('--layout', choices=['windows'], default='windows')
    q.add_argument('--other', action='append', default=[], metavar='NAME=VERSION=DIR',
                   help='another library shipped next to PayDesk (QtKeychain): its license files')
    q.add_argument('--allow-missing', action='store_true',
                   help='write the notices even when license files are missing (checking a '
                        'repacked source such as Debian\'s); the index says what is missing')
    q.add_argument('qt_src', nargs='+')
    for p in (b, s, q):
        p.add_argument('--product-version', default='')
    for p in (b, s):
        p.add_argument('--doc-dir', default='/usr/share/doc',
                       help='where the copyright files are (tests point it elsewhere)')
    args = parser.parse_args(argv)
    try:
        return {'bundle': mode_bundle, 'system': mode_system, 'qt-sources': mode_qt_sources}[args.mode](args)
    except Problem as e:
        print(f'third-party-notices: {e}', file=sys.stderr)
        return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
