// The baseline of a host without React: one statement the bundler must keep.
document.title = 'Host';
