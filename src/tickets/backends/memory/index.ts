export { type MemoryBackend, type MemoryBackendOptions, type MemoryState, memoryBackend } from './memory-backend.js';
