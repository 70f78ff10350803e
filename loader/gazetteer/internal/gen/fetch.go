package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"time"
)

// archive is one pinned release of a data package: the exact file its
// registry serves, which fetch refuses to use unless it hashes to SHA256.
type archive struct {
	Package string // registry and name, for messages and the files' headers
	Version string
	URL     string
	SHA256  string
	License string
}

// cacheDir is where downloaded archives are kept between runs, so that
// go generate downloads each pinned archive once per machine.
func cacheDir() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(base, "kg-gazetteer"), nil
}

// fetch returns the bytes of a, from the cache when a verified copy is there,
// else from its registry. Bytes that do not hash to a.SHA256 are an error,
// never output: a changed upstream archive must be a deliberate new pin.
func fetch(a archive) ([]byte, error) {
	dir, err := cacheDir()
	if err != nil {
		return nil, err
	}
	cached := filepath.Join(dir, path.Base(a.URL))
	if b, err := os.ReadFile(cached); err == nil && sum(b) == a.SHA256 {
		return b, nil
	}
	b, err := download(a.URL)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", a.Package, a.Version, err)
	}
	if got := sum(b); got != a.SHA256 {
		return nil, fmt.Errorf("%s %s: %s has sha256 %s, pinned %s", a.Package, a.Version, a.URL, got, a.SHA256)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	// Write then rename, so that an interrupted run never leaves a
	// truncated archive under the final name.
	tmp, err := os.CreateTemp(dir, path.Base(a.URL)+".*")
	if err != nil {
		return nil, err
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return nil, err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return nil, err
	}
	if err := os.Rename(tmp.Name(), cached); err != nil {
		os.Remove(tmp.Name())
		return nil, err
	}
	return b, nil
}

func download(url string) ([]byte, error) {
	client := &http.Client{Timeout: 5 * time.Minute}
	resp, err := client.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return io.ReadAll(resp.Body)
}

func sum(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// tgzFiles returns the named members of a gzipped tar archive (npm's
// package format), read in memory. A missing member is an error.
func tgzFiles(tgz []byte, names ...string) (map[string][]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		return nil, err
	}
	want := make(map[string]bool, len(names))
	for _, n := range names {
		want[n] = true
	}
	out := make(map[string][]byte, len(names))
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if !want[h.Name] || h.Typeflag != tar.TypeReg {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return nil, err
		}
		out[h.Name] = b
	}
	for _, n := range names {
		if _, ok := out[n]; !ok {
			return nil, fmt.Errorf("archive has no %s", n)
		}
	}
	return out, nil
}

// zipFiles returns the named members of a zip archive (a Python wheel).
func zipFiles(data []byte, names ...string) (map[string][]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	out := make(map[string][]byte, len(names))
	for _, n := range names {
		b, err := fs.ReadFile(zr, n)
		if err != nil {
			return nil, err
		}
		out[n] = b
	}
	return out, nil
}
