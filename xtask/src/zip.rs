//! A small zip writer for the WordPress plugin (deflate via flate2; no extra crate). Entries get
//! a fixed date, so the same files always give the same zip.

use std::io::Write;

use flate2::write::DeflateEncoder;
use flate2::{Compression, Crc};

/// 1980-01-01 00:00 in MS-DOS date and time.
const DOS_DATE: u16 = (1 << 5) | 1;
const DOS_TIME: u16 = 0;

/// A zip of `files` (path inside the zip, contents). Folders get their own entries.
pub fn zip(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    let mut count: u16 = 0;
    let mut folders: Vec<String> = Vec::new();
    for (path, _) in files {
        let mut end = 0;
        while let Some(slash) = path[end..].find('/') {
            end += slash + 1;
            let folder = path[..end].to_string();
            if !folders.contains(&folder) {
                folders.push(folder);
            }
        }
    }
    let entries = folders
        .into_iter()
        .map(|folder| (folder, None))
        .chain(files.iter().map(|(path, bytes)| (path.clone(), Some(bytes.as_slice()))));
    for (name, contents) in entries {
        let (method, crc, size, data, mode) = match contents {
            None => (0u16, 0u32, 0u32, Vec::new(), (0o40755u32 << 16) | 0x10),
            Some(bytes) => {
                let mut crc = Crc::new();
                crc.update(bytes);
                let mut encoder = DeflateEncoder::new(Vec::new(), Compression::best());
                encoder.write_all(bytes).expect("writing to memory");
                let size = u32::try_from(bytes.len()).expect("plugin files are small");
                (8, crc.sum(), size, encoder.finish().expect("writing to memory"), 0o100644u32 << 16)
            }
        };
        let offset = u32::try_from(out.len()).expect("the plugin zip is small");
        let packed = u32::try_from(data.len()).expect("plugin files are small");
        let name_len = u16::try_from(name.len()).expect("short names");
        // Local file header.
        put32(&mut out, 0x0403_4b50);
        for value in [20, 0x0800, method, DOS_TIME, DOS_DATE] {
            put16(&mut out, value);
        }
        for value in [crc, packed, size] {
            put32(&mut out, value);
        }
        put16(&mut out, name_len);
        put16(&mut out, 0);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&data);
        // Its entry in the central directory.
        put32(&mut central, 0x0201_4b50);
        for value in [(3 << 8) | 20, 20, 0x0800, method, DOS_TIME, DOS_DATE] {
            put16(&mut central, value);
        }
        for value in [crc, packed, size] {
            put32(&mut central, value);
        }
        for value in [name_len, 0, 0, 0, 0] {
            put16(&mut central, value);
        }
        put32(&mut central, mode);
        put32(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
        count += 1;
    }
    let central_offset = u32::try_from(out.len()).expect("the plugin zip is small");
    let central_size = u32::try_from(central.len()).expect("the plugin zip is small");
    out.extend_from_slice(&central);
    put32(&mut out, 0x0605_4b50);
    for value in [0, 0, count, count] {
        put16(&mut out, value);
    }
    put32(&mut out, central_size);
    put32(&mut out, central_offset);
    put16(&mut out, 0);
    out
}

fn put16(out: &mut Vec<u8>, value: u16) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unzip_reads_back_what_went_in() {
        let files = vec![
            ("plugin/a.php".to_string(), b"<?php echo 'hallo';".to_vec()),
            ("plugin/sub/b.txt".to_string(), vec![b'x'; 5000]),
        ];
        let dir = std::env::temp_dir().join(format!("xtask-zip-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.zip");
        std::fs::write(&path, zip(&files)).unwrap();
        // Python's zipfile checks the CRCs and sizes as it reads.
        let listing = std::process::Command::new("python3")
            .args(["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(' '.join(z.namelist())); print(len(z.read('plugin/sub/b.txt')))"])
            .arg(&path)
            .output();
        std::fs::remove_dir_all(&dir).unwrap();
        let Ok(listing) = listing else { return }; // no python3: nothing to compare with
        assert!(listing.status.success(), "{}", String::from_utf8_lossy(&listing.stderr));
        assert_eq!(
            String::from_utf8_lossy(&listing.stdout),
            "plugin/ plugin/sub/ plugin/a.php plugin/sub/b.txt\n5000\n"
        );
    }
}
