/** The web host: the HTTP API, the server-rendered pages and access control. */
package org.greendeal.web;
