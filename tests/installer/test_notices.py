#!/usr/bin/env python3
"""installer/third-party-notices.py on a small set of real system files (fast; needs dpkg).

A stage the way build-bundle.sh makes one (a Qt library named by its /lib path, a library
reached through a symlink, a font, a Qt translation, one of our files), then: every file is
covered by its real Debian package and that package's copyright file; the failures on a file
not in the manifest, on a copied file of no package and on a package without a copyright file;
the system mode of the build tree and the .deb; the Windows mode on a small Qt-shaped tree.

  test_notices.py GENERATOR
"""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

GENERATOR = None
ARCH_LIBS = '/lib/x86_64-linux-gnu' if os.path.isdir('/lib/x86_64-linux-gnu') else '/lib'


def dpkg_owner(path):
    """The package dpkg names for a path (without :arch), by asking it for the real file."""
    for cand in (path, os.path.realpath(path)):
        for p in (cand, cand[4:] if cand.startswith('/usr/') else '/usr' + cand):
            res = subprocess.run(['dpkg-query', '-S', p], capture_output=True, text=True)
            if res.returncode == 0:
                return res.stdout.split(':')[0].split(',')[0].strip()
    return None


def source_of(package):
    return subprocess.run(['dpkg-query', '-W', '-f', '${source:Package}', package],
                          capture_output=True, text=True, check=True).stdout.strip()


class Stage:
    """A bundle-like stage plus its manifest."""

    def __init__(self, top):
        self.root = os.path.join(top, 'stage')
        self.manifest = os.path.join(top, 'files.tsv')
        os.makedirs(self.root)
        self.lines = []

    def copy(self, system_path, rel):
        dest = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copyfile(system_path, dest)  # follows symlinks, like cp -L
        self.lines.append(f'{rel}\t{system_path}')

    def own(self, rel, text='ours\n'):
        dest = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, 'w') as f:
            f.write(text)
        self.lines.append(f'{rel}\tPayDesk')

    def write_manifest(self):
        with open(self.manifest, 'w') as f:
            f.write('\n'.join(self.lines) + '\n')

    def run(self, *extra):
        self.write_manifest()
        return subprocess.run([sys.executable, GENERATOR, 'bundle', '--root', self.root,
                               '--manifest', self.manifest, '--product-version', '9.9.9', *extra],
                              capture_output=True, text=True)


def read_text(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


def read_components(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            rows.append(line.rstrip('\n').split('\t'))
    return rows


class BundleNotices(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='paydesk-notices-')
        self.stage = Stage(self.tmp)
        # Real files, named the way ldd and build-bundle.sh name them.
        self.system = {
            'lib/libQt6Core.so.6': f'{ARCH_LIBS}/libQt6Core.so.6',  # /lib path, dpkg knows /usr/lib
            'lib/libz.so.1': f'{ARCH_LIBS}/libz.so.1',  # a symlink to libz.so.1.2.x
            'fonts/truetype/NanumGothic.ttf': '/usr/share/fonts/truetype/nanum/NanumGothic.ttf',
            'translations/qtbase_ko.qm': '/usr/share/qt6/translations/qtbase_ko.qm',
        }
        for rel, src in self.system.items():
            self.assertTrue(os.path.exists(src), f'test input {src} missing on this machine')
            self.stage.copy(src, rel)
        self.stage.own('bin/paydesk')
        self.stage.own('VERSION', '9.9.9\n')

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def test_every_copied_file_is_covered_by_its_package_notice(self):
        res = self.stage.run()
        self.assertEqual(res.returncode, 0, res.stderr)
        lic = os.path.join(self.stage.root, 'licenses')
        index = read_text(os.path.join(lic, 'THIRD-PARTY-NOTICES.txt'))
        rows = read_components(os.path.join(lic, 'components.tsv'))
        by_name = {r[0]: r for r in rows}
        covered = {}
        for r in rows:
            self.assertEqual(len(r), 8, r)
            notice = os.path.join(lic, r[3])
            self.assertTrue(os.path.isfile(notice), notice)
            self.assertGreater(int(r[5]), 0)
        # Each file under exactly one component: that of the package dpkg names for it, whose
        # copyright file is copied byte for byte.
        for rel, src in self.system.items():
            package = dpkg_owner(src)
            self.assertIsNotNone(package, src)
            source = source_of(package)
            self.assertIn(source, by_name, f'{rel}: no component {source}')
            row = by_name[source]
            self.assertIn(package, row[4].split())
            with open(f'/usr/share/doc/{package}/copyright', 'rb') as a, \
                    open(os.path.join(lic, row[3]), 'rb') as b:
                self.assertEqual(a.read(), b.read(), f'{rel}: notice differs from {package}\'s')
            self.assertEqual(index.count(f'     {rel}\n'), 1, f'{rel} not listed once in the index')
            covered[rel] = source
        self.assertEqual(sum(int(r[5]) for r in rows), len(self.system))
        self.assertIn(f'covering {len(self.system)} files', index)
        self.assertEqual(covered['lib/libQt6Core.so.6'], 'qt6-base')
        self.assertEqual(covered['lib/libz.so.1'], 'zlib')
        self.assertEqual(covered['fonts/truetype/NanumGothic.ttf'], 'fonts-nanum')
        # Our own files are not third-party components.
        self.assertNotIn('     bin/paydesk\n', index)
        self.assertNotIn('     VERSION\n', index)
        self.assertIn('carry no license statement', index)
        # Qt: the LGPL statement, and the LGPL-3 / GPL-3 texts the notices refer to.
        self.assertIn('GNU Lesser General Public License version 3', index)
        self.assertIn('Replaceable by the user', index)
        self.assertIn('LD_LIBRARY_PATH', index)
        self.assertIn('snapshot.debian.org', index)
        for text in ('LGPL-3', 'GPL-3'):
            with open(f'/usr/share/common-licenses/{text}', 'rb') as a, \
                    open(os.path.join(lic, 'common-licenses', text), 'rb') as b:
                self.assertEqual(a.read(), b.read())
        self.assertEqual(by_name['qt6-base'][2].split(' or ')[0], 'LGPL-3')

    def test_file_not_in_manifest_fails(self):
        with open(os.path.join(self.stage.root, 'lib', 'libstray.so.1'), 'w') as f:
            f.write('copied without a record\n')
        res = self.stage.run()
        self.assertEqual(res.returncode, 1)
        self.assertIn('lib/libstray.so.1: in the bundle but not in the manifest', res.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.stage.root, 'licenses')))

    def test_copied_file_of_no_package_fails(self):
        stray = os.path.join(self.tmp, 'libhomemade.so.1')
        with open(stray, 'w') as f:
            f.write('built by hand, in no Debian package\n')
        self.stage.copy(stray, 'lib/libhomemade.so.1')
        res = self.stage.run()
        self.assertEqual(res.returncode, 1)
        self.assertIn(f'lib/libhomemade.so.1: {stray} belongs to no Debian package', res.stderr)
        self.assertIn('1 file(s) without a notice', res.stderr)

    def test_package_without_copyright_file_fails(self):
        # A doc folder that has every notice but zlib1g's (as with dpkg path-exclude rules).
        docs = os.path.join(self.tmp, 'doc')
        for rel, src in self.system.items():
            pkg = dpkg_owner(src)
            if pkg != 'zlib1g':
                os.makedirs(os.path.join(docs, pkg), exist_ok=True)
                shutil.copyfile(f'/usr/share/doc/{pkg}/copyright', os.path.join(docs, pkg, 'copyright'))
        res = self.stage.run('--doc-dir', docs)
        self.assertEqual(res.returncode, 1)
        self.assertIn('lib/libz.so.1: package zlib1g has no copyright file', res.stderr)

    def test_listed_file_missing_from_bundle_fails(self):
        self.stage.lines.append('lib/libgone.so.1\t/usr/lib/x86_64-linux-gnu/libgone.so.1')
        res = self.stage.run()
        self.assertEqual(res.returncode, 1)
        self.assertIn('lib/libgone.so.1: in the manifest but not in the bundle', res.stderr)


class SystemNotices(unittest.TestCase):
    def test_build_tree_and_deb_list_point_at_debian_notices(self):
        out = tempfile.mkdtemp(prefix='paydesk-notices-sys-')
        try:
            qtpaths = shutil.which('qtpaths6') or '/usr/lib/qt6/bin/qtpaths'
            res = subprocess.run([sys.executable, GENERATOR, 'system', '--out', out,
                                  '--elf', qtpaths, '--package', 'fonts-nanum',
                                  '--file', '/usr/share/fonts/truetype/nanum/NanumGothic.ttf'],
                                 capture_output=True, text=True)
            self.assertEqual(res.returncode, 0, res.stderr)
            rows = {r[0]: r for r in read_components(os.path.join(out, 'components.tsv'))}
            self.assertIn('qt6-base', rows)
            self.assertIn('fonts-nanum', rows)
            self.assertEqual(rows['qt6-base'][3], '/usr/share/doc/libqt6core6/copyright')
            index = read_text(os.path.join(out, 'THIRD-PARTY-NOTICES.txt'))
            self.assertIn('Qt and the LGPL', index)
            # Our own program is not listed, what it loads is.
            self.assertNotIn(f'     {qtpaths}\n', index)
            self.assertIn('libQt6Core.so.6', index)
        finally:
            shutil.rmtree(out)


class QtSourceNotices(unittest.TestCase):
    """The Windows mode on a small tree shaped like Qt's sources (Qt's own files are not on
    this machine: installer/README.md says what was checked against Debian's Qt sources)."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='paydesk-notices-qt-')
        t = self.tmp

        def put(rel, text):
            os.makedirs(os.path.dirname(os.path.join(t, rel)), exist_ok=True)
            with open(os.path.join(t, rel), 'w', encoding='utf-8') as f:
                f.write(text)

        put('qtbase/LICENSES/LGPL-3.0-only.txt', 'GNU LESSER GENERAL PUBLIC LICENSE v3\n')
        put('qtbase/LICENSES/LicenseRef-Qt-Commercial.txt', 'commercial\n')
        # Qt writes raw line breaks into its JSON strings.
        put('qtbase/src/3rdparty/zlib/qt_attribution.json',
            '{"Id": "zlib", "Name": "zlib", "Version": "1.2.13", "LicenseId": "Zlib",\n'
            ' "LicenseFile": "LICENSE", "QtUsage": "Used in Qt Core.",\n'
            ' "Copyright": "(C) 1995-2022 Jean-loup Gailly\n(C) Mark Adler"}\n')
        put('qtbase/src/3rdparty/zlib/LICENSE', 'zlib license text\n')
        put('qtbase/tests/auto/x/qt_attribution.json',
            '{"Id": "catch2", "Name": "Catch2", "LicenseFile": "GONE"}')  # tests: not shipped
        ch = 'qtwebengine/src/3rdparty/chromium/'
        put('qtwebengine/LICENSES/LGPL-3.0-only.txt', 'LGPL-3\n')
        put(ch + 'LICENSE', 'Chromium BSD\n')
        put(ch + 'tools/licenses.py',
            "import os\nPRUNE_PATHS = set([os.path.join('third_party', 'pruned')])\n"
            "ADDITIONAL_PATHS = (os.path.join('v8'),)\n"
            "SPECIAL_CASES = {os.path.join('third_party', 'blink'): {'Name': 'WebKit', "
            "'License': 'BSD and LGPL', 'License File': 'LICENSE_FOR_ABOUT_CREDITS'}}\n")
        put(ch + 'third_party/skia/README.chromium', 'Name: Skia\nVersion: 1\nLicense: BSD\n\nText\n')
        put(ch + 'third_party/skia/LICENSE', 'Skia license\n')
        put(ch + 'third_party/skia/third_party/inner/README.chromium', 'Name: Inner\n')  # not scanned
        put(ch + 'third_party/blink/LICENSE_FOR_ABOUT_CREDITS', 'WebKit licenses\n')
        put(ch + 'third_party/blink/renderer/x.cc', 'code\n')
        put(ch + 'third_party/pruned/code.cc', 'no readme, pruned by licenses.py\n')
        put(ch + 'third_party/stub/BUILD.gn', 'group("stub") {}\n')  # build files only
        put(ch + 'v8/LICENSE', 'V8 BSD\n')
        put(ch + 'v8/README.chromium', 'Name: V8\nLicense: BSD\n')

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def run_qt(self, *extra):
        out = os.path.join(self.tmp, 'licenses')
        res = subprocess.run([sys.executable, GENERATOR, 'qt-sources', '--out', out,
                              '--qt-version', '6.4.2', *extra,
                              os.path.join(self.tmp, 'qtbase'), os.path.join(self.tmp, 'qtwebengine')],
                             capture_output=True, text=True)
        return res, out

    def test_license_files_of_qt_and_chromium_parts(self):
        res, out = self.run_qt()
        self.assertEqual(res.returncode, 0, res.stderr)
        rows = {r[0]: r for r in read_components(os.path.join(out, 'components.tsv'))}
        self.assertEqual(sorted(rows), sorted(['Qt qtbase', 'Qt qtwebengine', 'zlib', 'Chromium',
                                                'Skia', 'WebKit', 'V8']))
        self.assertEqual(rows['zlib'][2], 'Zlib')
        for name, text in (('qt/qtbase/LGPL-3.0-only.txt', 'GNU LESSER'),
                           ('qt/qtbase/3rdparty/zlib/LICENSE', 'zlib license'),
                           ('qt/qtbase/3rdparty/zlib/COPYRIGHT.txt', 'Mark Adler'),
                           ('chromium/third_party_skia/LICENSE', 'Skia license'),
                           ('chromium/third_party_blink/LICENSE_FOR_ABOUT_CREDITS', 'WebKit')):
            self.assertIn(text, read_text(os.path.join(out, name)), name)
        self.assertFalse(os.path.exists(os.path.join(out, 'qt/qtbase/LicenseRef-Qt-Commercial.txt')))
        index = read_text(os.path.join(out, 'THIRD-PARTY-NOTICES.txt'))
        self.assertIn('Replaceable by the user', index)
        self.assertIn('Qt6*.dll', index)
        self.assertNotIn('INCOMPLETE', index)

    def test_missing_license_file_fails_unless_allowed(self):
        os.remove(os.path.join(self.tmp, 'qtwebengine/src/3rdparty/chromium/third_party/skia/LICENSE'))
        res, out = self.run_qt()
        self.assertEqual(res.returncode, 1)
        self.assertIn('third_party/skia: the license file of Skia (Chromium), LICENSE, is missing',
                      res.stderr)
        self.assertFalse(os.path.exists(out))
        res, out = self.run_qt('--allow-missing')
        self.assertEqual(res.returncode, 0, res.stderr)
        self.assertIn('INCOMPLETE: 1 license files', read_text(os.path.join(out, 'THIRD-PARTY-NOTICES.txt')))

    def test_chromium_part_without_readme_fails(self):
        os.makedirs(os.path.join(self.tmp, 'qtwebengine/src/3rdparty/chromium/third_party/mystery'))
        with open(os.path.join(self.tmp, 'qtwebengine/src/3rdparty/chromium/third_party/mystery/a.cc'), 'w') as f:
            f.write('code of unknown origin\n')
        res, _ = self.run_qt()
        self.assertEqual(res.returncode, 1)
        self.assertIn('third_party/mystery: Chromium part with neither a README.chromium', res.stderr)


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    GENERATOR = sys.argv.pop(1)
    if shutil.which('dpkg-query') is None:
        print('SKIP: no dpkg-query (not a Debian system)')
        sys.exit(77)
    unittest.main(verbosity=2)
