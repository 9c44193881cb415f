export { type FileBackend, type FileBackendOptions, fileBackend } from './file-backend.js';
