/** Reading an article: its text as words with statuses, and what the reader's keys change. */
package dev.yomu.reader;
