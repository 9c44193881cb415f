export { type RestBackendOptions, restBackend } from './rest-backend.js';
