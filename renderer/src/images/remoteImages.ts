export { isWebImage } from '../../../shared/images/downloadImage.ts';

/** Most web images one paste offers to download. */
export const MAX_REMOTE_IMAGES = 20;
