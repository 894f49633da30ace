/** Codecs for deal and evidence files (YAML, JSON), the deal catalogue, and importers. */
package org.greendeal.io;
